import { DEFAULT_RETRY_POLICY, RetryPolicy, nextAttemptAt } from "../retry"

const failedAt = new Date("2025-03-01T08:00:00.000Z")
const delaySeconds = (date: Date | null) =>
  date === null ? null : (date.getTime() - failedAt.getTime()) / 1000

describe("nextAttemptAt", () => {
  it("waits the base delay after the first failure and doubles it after each further one", () => {
    const policy: RetryPolicy = { maxAttempts: 10, baseDelaySeconds: 30, maxDelaySeconds: 100_000 }
    expect([1, 2, 3, 4, 5].map((n) => delaySeconds(nextAttemptAt(n, failedAt, policy)))).toEqual([
      30, 60, 120, 240, 480,
    ])
  })

  it("counts from the failure time, not from now", () => {
    const result = nextAttemptAt(1, failedAt)
    expect(result?.toISOString()).toBe("2025-03-01T08:00:30.000Z")
  })

  it("caps the delay at maxDelaySeconds", () => {
    const policy: RetryPolicy = { maxAttempts: 20, baseDelaySeconds: 60, maxDelaySeconds: 600 }
    expect(delaySeconds(nextAttemptAt(4, failedAt, policy))).toBe(480)
    expect(delaySeconds(nextAttemptAt(5, failedAt, policy))).toBe(600)
    expect(delaySeconds(nextAttemptAt(15, failedAt, policy))).toBe(600)
  })

  it("returns null once maxAttempts attempts have been made", () => {
    const policy: RetryPolicy = { maxAttempts: 3, baseDelaySeconds: 10, maxDelaySeconds: 1000 }
    expect(nextAttemptAt(2, failedAt, policy)).not.toBeNull()
    expect(nextAttemptAt(3, failedAt, policy)).toBeNull()
    expect(nextAttemptAt(4, failedAt, policy)).toBeNull()
  })

  it("never retries when only one attempt is allowed", () => {
    expect(
      nextAttemptAt(1, failedAt, { maxAttempts: 1, baseDelaySeconds: 10, maxDelaySeconds: 10 })
    ).toBeNull()
  })

  it("uses the default policy: 8 attempts, 30 s base, within 6 h", () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({
      maxAttempts: 8,
      baseDelaySeconds: 30,
      maxDelaySeconds: 6 * 60 * 60,
    })
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => delaySeconds(nextAttemptAt(n, failedAt)))
    expect(delays).toEqual([30, 60, 120, 240, 480, 960, 1920])
    expect(nextAttemptAt(8, failedAt)).toBeNull()
  })

  it("does not modify the failure date it was given", () => {
    const input = new Date(failedAt)
    nextAttemptAt(3, input)
    expect(input.getTime()).toBe(failedAt.getTime())
  })
})
