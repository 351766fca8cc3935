/**
 * Loaded into the server the HTTP bench starts (never in production): on an
 * IPC message it runs a full garbage collection and replies with the memory
 * figures, so the bench can tell a leak from V8 growing its heap under load.
 */
const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', (m) => {
  if (m !== 'memory') return;
  gc?.();
  gc?.();
  process.send?.(process.memoryUsage());
});
