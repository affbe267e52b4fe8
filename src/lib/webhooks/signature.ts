import { createHmac, randomBytes, timingSafeEqual } from "crypto"

export const SIGNATURE_HEADER = "x-aftersales-signature"
export const TIMESTAMP_HEADER = "x-aftersales-timestamp"
export const EVENT_HEADER = "x-aftersales-event"
export const DELIVERY_HEADER = "x-aftersales-delivery"

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("hex")}`
}

/** HMAC-SHA256 over `${timestamp}.${body}`, hex encoded. The timestamp is unix seconds. */
export function signWebhookBody(
  secret: string,
  timestamp: number,
  body: string
): string {
  return createHmac("sha256", secret)
    .update(`${timestamp}.${body}`)
    .digest("hex")
}

export function formatSignatureHeader(timestamp: number, signature: string) {
  return `t=${timestamp},v1=${signature}`
}

/**
 * For receivers: checks the signature header against the raw body and rejects
 * timestamps older than `toleranceSeconds` (replay protection).
 */
export function verifyWebhookSignature({
  secret,
  body,
  header,
  toleranceSeconds = 300,
  now = Date.now(),
}: {
  secret: string
  body: string
  header: string | undefined
  toleranceSeconds?: number
  now?: number
}): boolean {
  if (!header) {
    return false
  }
  const parts = Object.fromEntries(
    header.split(",").map((part) => part.trim().split("=") as [string, string])
  )
  const timestamp = Number(parts.t)
  if (!Number.isFinite(timestamp) || !parts.v1) {
    return false
  }
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) {
    return false
  }
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body), "hex")
  const received = Buffer.from(parts.v1, "hex")
  return (
    expected.length === received.length && timingSafeEqual(expected, received)
  )
}
