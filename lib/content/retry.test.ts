import { describe, expect, it, vi } from 'vitest';
import { RETRY_DELAYS_MS, withRetry } from './retry';

describe('withRetry: a question whose answer was lost is asked again, a few times', () => {
  const noWait = { wait: vi.fn(async (_ms: number) => {}), mayRetry: () => true };

  it('answers at the first try without waiting', async () => {
    const wait = vi.fn(async () => {});
    await expect(withRetry(async () => 'ok', { wait, mayRetry: () => true })).resolves.toBe('ok');
    expect(wait).not.toHaveBeenCalled();
  });

  it('asks again after each failure, waiting longer each time, until it is answered', async () => {
    const attempt = vi.fn().mockRejectedValueOnce(new Error('port closed')).mockRejectedValueOnce(new Error('port closed')).mockResolvedValue('ok');
    const wait = vi.fn(async (_ms: number) => {});
    await expect(withRetry(attempt, { wait, mayRetry: () => true })).resolves.toBe('ok');
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(wait.mock.calls.map(([ms]) => ms)).toEqual(RETRY_DELAYS_MS.slice(0, 2));
  });

  it('gives up after the last pause and throws the last failure', async () => {
    const attempt = vi.fn(async () => Promise.reject(new Error('worker gone')));
    await expect(withRetry(attempt, { ...noWait, delaysMs: [1, 2] })).rejects.toThrow('worker gone');
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it('does not try again once retrying makes no sense (extension updated), also after a pause', async () => {
    const attempt = vi.fn(async () => Promise.reject(new Error('context invalidated')));
    await expect(withRetry(attempt, { wait: noWait.wait, mayRetry: () => false })).rejects.toThrow('context invalidated');
    expect(attempt).toHaveBeenCalledTimes(1);
    let valid = true;
    const invalidatedMeanwhile = withRetry(attempt, { wait: async () => void (valid = false), mayRetry: () => valid });
    await expect(invalidatedMeanwhile).rejects.toThrow('context invalidated');
    expect(attempt).toHaveBeenCalledTimes(2);
  });
});
