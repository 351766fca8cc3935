/**
 * The model time of one turn. Understanding, the explanation and its retry
 * share one allowance — LLM_TIMEOUT_MS from the start of the turn's first
 * model call — so that a slow or hanging endpoint costs a user at most that
 * long before the template answer.
 */

/** A time allowance for the model calls of one turn. */
export interface ModelBudget {
  /** A signal for the next call, or null when no time is left for one. */
  next(): AbortSignal | null;
}

/** A call left with less than this is not started. */
export const MIN_CALL_MS = 300;
/**
 * The first call of a turn is bounded by the model's own timeout; the turn's
 * signal only backs it up, this much later, so that a hanging endpoint is
 * counted by the circuit breaker as a timeout and not as a call the caller aborted.
 */
export const FIRST_CALL_GRACE_MS = 1000;

export function createModelBudget(timeoutMs: number, now: () => number = Date.now): ModelBudget {
  let started: number | null = null;
  return {
    next() {
      if (started === null) {
        started = now();
        return AbortSignal.timeout(timeoutMs + FIRST_CALL_GRACE_MS);
      }
      const left = started + timeoutMs - now();
      return left >= MIN_CALL_MS ? AbortSignal.timeout(left) : null;
    },
  };
}
