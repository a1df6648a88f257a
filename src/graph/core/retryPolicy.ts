import type { RetryOptions } from "ky";

/**
 * When and how long the client waits before sending a request again. Timing itself is ky's: it reads
 * `Retry-After` (seconds, decimals or an HTTP date) for the statuses below and otherwise uses `delay` with `jitter`,
 * clamped by `backoffLimitMs`. This policy only chooses the numbers and adds a bound on the total time.
 */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  limit: number;
  /** Statuses that are sent again: throttling and the two transient gateway answers. */
  statusCodes: number[];
  /** A longer `Retry-After` is cut to this. */
  maxRetryAfterMs: number;
  /** First backoff step when Graph gives no `Retry-After`; it doubles per attempt. */
  baseDelayMs: number;
  /** No wait without `Retry-After` is shorter than this, jitter included. */
  floorMs: number;
  backoffLimitMs: number;
  /** No retry starts after this much time since the first attempt. */
  totalBudgetMs: number;
  /** Per attempt. */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  limit: 4,
  statusCodes: [429, 503, 504],
  maxRetryAfterMs: 60_000,
  baseDelayMs: 1_000,
  floorMs: 500,
  backoffLimitMs: 30_000,
  totalBudgetMs: 120_000,
  timeoutMs: 60_000,
};

export function resolveRetryPolicy(overrides: Partial<RetryPolicy> | undefined): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, ...overrides };
}

/** The exponential step for retry number `attempt` (1-based), before jitter. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.max(policy.floorMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

/** "Equal jitter": between half and all of the step, never under the floor. */
export function jitteredDelay(policy: RetryPolicy, delay: number, random: () => number): number {
  return Math.max(policy.floorMs, delay / 2 + (delay / 2) * random());
}

/** ky's retry options for this policy; `shouldRetry` adds the caller's own rules (cancel, budget, safety). */
export function kyRetryOptions(
  policy: RetryPolicy,
  random: () => number,
  shouldRetry: NonNullable<RetryOptions["shouldRetry"]>,
): RetryOptions {
  return {
    limit: policy.limit,
    // POST is listed so throttled creates are retried; `shouldRetry` keeps unsafe repeats out.
    methods: ["get", "put", "delete", "post"],
    statusCodes: policy.statusCodes,
    afterStatusCodes: policy.statusCodes,
    maxRetryAfter: policy.maxRetryAfterMs,
    backoffLimit: policy.backoffLimitMs,
    delay: (attempt) => backoffDelay(policy, attempt),
    jitter: (delay) => jitteredDelay(policy, delay, random),
    retryOnTimeout: true,
    shouldRetry,
  };
}
