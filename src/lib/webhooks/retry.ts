export type RetryPolicy = {
  /** Attempts in total, the first one included. */
  maxAttempts: number
  /** Delay before the second attempt; doubles for every further attempt. */
  baseDelaySeconds: number
  maxDelaySeconds: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelaySeconds: 30,
  maxDelaySeconds: 6 * 60 * 60,
}

/**
 * When the next attempt is due after `attemptsMade` failed attempts, or null when
 * the delivery has used all its attempts.
 */
export function nextAttemptAt(
  attemptsMade: number,
  failedAt: Date,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY
): Date | null {
  if (attemptsMade >= policy.maxAttempts) {
    return null
  }
  const delaySeconds = Math.min(
    policy.baseDelaySeconds * 2 ** (attemptsMade - 1),
    policy.maxDelaySeconds
  )
  return new Date(failedAt.getTime() + delaySeconds * 1000)
}
