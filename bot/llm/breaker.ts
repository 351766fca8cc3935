/**
 * A circuit breaker over one endpoint: after `failureThreshold` failures in a
 * row it stops calling for `cooldownMs`, then lets one probe call through
 * (half-open); the probe's success closes the circuit, its failure opens it
 * again. A turn then gets the template answer at once instead of waiting out
 * a timeout on an endpoint that is down.
 */
import type { ModelHealth } from '../core/model.ts';
import { ModelError } from './errors.ts';

export interface CircuitBreakerOptions {
  /** Failures in a row that open the circuit; default 3. */
  failureThreshold?: number;
  /** How long an open circuit refuses calls; default 30 s. */
  cooldownMs?: number;
  /** The clock, for tests; default Date.now. */
  now?: () => number;
}

export interface CircuitBreaker {
  /** Claims a call; throws ModelError `circuit-open` when the circuit refuses it. */
  enter(): void;
  /** The claimed call succeeded. */
  success(): void;
  /** The claimed call failed because of the endpoint. */
  failure(): void;
  /** The claimed call ended with no verdict on the endpoint (the caller aborted). */
  release(): void;
  health(): ModelHealth;
}

export const DEFAULT_FAILURE_THRESHOLD = 3;
export const DEFAULT_COOLDOWN_MS = 30_000;

export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = options.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD;
  const cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  const now = options.now ?? Date.now;
  let failures = 0;
  let openUntil: number | null = null;
  let probing = false;

  const state = (): ModelHealth['state'] => {
    if (openUntil === null) return 'closed';
    return now() < openUntil ? 'open' : 'half-open';
  };

  return {
    enter() {
      const s = state();
      if (s === 'closed') return;
      if (s === 'half-open' && !probing) {
        probing = true;
        return;
      }
      const until = new Date(openUntil!).toISOString();
      throw new ModelError('circuit-open', s === 'open' ? `${failures} failures in a row; not calling until ${until}` : 'a probe call is under way');
    },
    success() {
      failures = 0;
      openUntil = null;
      probing = false;
    },
    failure() {
      failures++;
      // A failed probe opens the circuit again at once, whatever the count.
      if (probing || failures >= threshold) openUntil = now() + cooldownMs;
      probing = false;
    },
    release() {
      probing = false;
    },
    health() {
      const s = state();
      return { state: s, consecutiveFailures: failures, ...(openUntil !== null ? { openUntil: new Date(openUntil).toISOString() } : {}) };
    },
  };
}
