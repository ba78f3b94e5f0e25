import { isTransientError } from "./transient-error"

export interface RetryPolicy {
  /** Tries in all, the first included (>= 1). */
  attempts: number
  /** Wait before the second try; doubles after each further failure ... */
  baseDelayMs: number
  /** ... up to this. */
  maxDelayMs: number
}

/** Routing: four tries over ~10 s plus lock waits, enough for a dropped connection or a restart. */
export const ROUTING_RETRY_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 }

/** Wait before try number `attempt + 1` (attempt counts from 1): base · 2^(attempt−1), capped. */
export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
}

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>
  /** Called before each wait, with the failure that caused it. */
  onRetry?: (info: { attempt: number; delay_ms: number; error: unknown }) => void
  /** Which errors are worth another try. Default: isTransientError. */
  isRetryable?: (error: unknown) => boolean
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs `task` until it succeeds, fails with an error that is not transient, or has been tried
 * `policy.attempts` times; then throws that last error unchanged. `task` must be safe to run
 * again after a failure (routing is: a failed run compensates, a second run of a routed order
 * is a no-op).
 */
export async function retryTransient<T>(
  task: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks = {}
): Promise<T> {
  const sleep = hooks.sleep ?? defaultSleep
  const isRetryable = hooks.isRetryable ?? isTransientError
  const attempts = Math.max(1, Math.floor(policy.attempts))
  for (let attempt = 1; ; attempt++) {
    try {
      return await task(attempt)
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) {
        throw error
      }
      const delay = retryDelayMs(policy, attempt)
      hooks.onRetry?.({ attempt, delay_ms: delay, error })
      await sleep(delay)
    }
  }
}
