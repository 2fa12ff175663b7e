// A content script with known costs (see bench/README.md, "Checking the method"):
// 60 ms of script at load (one long task), 3 ms per frame in which the page added nodes, 1 MiB of numbers kept alive.
function busy(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end) {}
}
busy(60);
globalThis.calibrationBallast = Array.from({ length: 131072 }, (_, i) => i * 1.5);
let frameRequested = false;
new MutationObserver(() => {
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(() => {
    frameRequested = false;
    busy(3);
  });
}).observe(document, { childList: true, subtree: true });
