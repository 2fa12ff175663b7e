/**
 * WXT's fake browser delivers runtime messages with an empty sender; Chromium and Firefox name the
 * sending extension in `sender.id`, and the background refuses messages without ours
 * (lib/background/handlers.ts). This fake runtime.sendMessage delivers as the browser would, from
 * this extension (a test that wants another sender triggers runtime.onMessage itself). Same calling
 * forms as the fake's own: a promise, or a callback with runtime.lastError on failure.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

const runtime = fakeBrowser.runtime as unknown as {
  id: string;
  lastError?: { message: string };
  onMessage: { hasListeners(): boolean; trigger(...args: unknown[]): Promise<unknown[]> };
  sendMessage(message: unknown, callback?: (response: unknown) => void): unknown;
};

async function deliver(message: unknown): Promise<unknown> {
  if (!runtime.onMessage.hasListeners()) throw new Error('No listeners available');
  let respond: (response: unknown) => void = () => {};
  const response = new Promise((resolve) => (respond = resolve));
  const kept = await runtime.onMessage.trigger(message, { id: runtime.id }, respond);
  return kept.some((answer) => answer === true) ? response : undefined;
}

runtime.sendMessage = (message, callback) => {
  const sent = deliver(message);
  if (typeof callback !== 'function') return sent;
  sent.then(callback, (error: unknown) => {
    runtime.lastError = { message: error instanceof Error ? error.message : String(error) };
    callback(undefined);
    runtime.lastError = undefined;
  });
  return undefined;
};
