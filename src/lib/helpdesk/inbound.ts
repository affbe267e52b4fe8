import { timingSafeEqual } from "crypto"
import { verifyWebhookSignature } from "../webhooks/signature"

/** Header carrying the shared secret as it is (simplest for e-mail/chat providers). */
export const INBOUND_SECRET_HEADER = "x-aftersales-inbound-secret"
/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. */
export const INBOUND_SIGNATURE_HEADER = "x-aftersales-signature"

export type InboundAuthResult = "unconfigured" | "ok" | "invalid"

function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8")
  const right = Buffer.from(b, "utf8")
  // timingSafeEqual needs equal lengths; comparing with itself keeps the time constant.
  return left.length === right.length
    ? timingSafeEqual(left, right)
    : (timingSafeEqual(left, left), false)
}

/**
 * Checks an inbound request against the configured secret: either the secret itself in
 * `x-aftersales-inbound-secret` (compared in constant time) or an HMAC signature of the
 * raw body in `x-aftersales-signature`, in the format of the plugin's outbound webhooks
 * (timestamps older than `toleranceSeconds` are refused).
 */
export function checkInboundAuth({
  secret,
  providedSecret,
  signature,
  rawBody,
  toleranceSeconds = 300,
  now = Date.now(),
}: {
  secret: string | null | undefined
  providedSecret?: string | null
  signature?: string | null
  rawBody?: string | null
  toleranceSeconds?: number
  now?: number
}): InboundAuthResult {
  if (!secret) {
    return "unconfigured"
  }
  if (providedSecret) {
    return constantTimeEquals(providedSecret, secret) ? "ok" : "invalid"
  }
  if (signature && rawBody != null) {
    return verifyWebhookSignature({
      secret,
      body: rawBody,
      header: signature,
      toleranceSeconds,
      now,
    })
      ? "ok"
      : "invalid"
  }
  return "invalid"
}

/** Ticket numbers (`ST-000123`, any case, also inside `[ST-000123]`) in a subject, in order. */
export function extractTicketNumbers(subject: string | null | undefined): string[] {
  const numbers: string[] = []
  for (const match of (subject ?? "").matchAll(/\bST-(\d{1,12})\b/gi)) {
    const number = `ST-${match[1].padStart(6, "0")}`
    if (!numbers.includes(number)) {
      numbers.push(number)
    }
  }
  return numbers
}

/** First and last name from a display name ("Ada Lovelace"), else from the address. */
export function splitSenderName(
  name: string | null | undefined,
  email: string
): { first_name: string | null; last_name: string | null } {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean)
  if (parts.length) {
    return {
      first_name: parts[0],
      last_name: parts.length > 1 ? parts.slice(1).join(" ") : null,
    }
  }
  const local = email.split("@")[0] ?? ""
  return { first_name: local || null, last_name: null }
}

/** The subject of a ticket opened from a message without one: its first line, shortened. */
export function subjectFromBody(body: string, maxLength = 120): string {
  const firstLine = body.trim().split(/\r?\n/)[0]?.trim() ?? ""
  if (!firstLine) {
    return "(no subject)"
  }
  return firstLine.length > maxLength ? `${firstLine.slice(0, maxLength - 1)}…` : firstLine
}
