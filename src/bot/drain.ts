/**
 * Waits until `condition` holds or `timeoutMs` has passed, checking every 20 ms: how shutdown waits
 * for the updates in flight (polling's runner, the webhook's handlers) within its grace period.
 */
export async function drained(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
