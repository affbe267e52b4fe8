import {
  formatSignatureHeader,
  generateWebhookSecret,
  signWebhookBody,
  verifyWebhookSignature,
} from "../signature"
import { createHmac } from "crypto"

const secret = "whsec_0123456789abcdef0123456789abcdef0123456789abcdef"
const body = JSON.stringify({ event: "aftersales_role.created", data: { id: "asrole_1" } })
const nowMs = Date.UTC(2025, 0, 15, 12, 0, 0)
const timestamp = Math.floor(nowMs / 1000)

function signedHeader(
  options: { secret?: string; timestamp?: number; body?: string } = {}
) {
  const ts = options.timestamp ?? timestamp
  return formatSignatureHeader(
    ts,
    signWebhookBody(options.secret ?? secret, ts, options.body ?? body)
  )
}

describe("generateWebhookSecret", () => {
  it("returns whsec_ followed by 48 hex characters", () => {
    expect(generateWebhookSecret()).toMatch(/^whsec_[0-9a-f]{48}$/)
  })

  it("returns a different secret every time", () => {
    const secrets = new Set(Array.from({ length: 20 }, generateWebhookSecret))
    expect(secrets.size).toBe(20)
  })
})

describe("signWebhookBody", () => {
  it("is HMAC-SHA256 over `${timestamp}.${body}` in hex, as documented for receivers", () => {
    const expected = createHmac("sha256", secret)
      .update(`${timestamp}.${body}`)
      .digest("hex")
    expect(signWebhookBody(secret, timestamp, body)).toBe(expected)
    expect(expected).toMatch(/^[0-9a-f]{64}$/)
  })

  it("binds the timestamp into the signature", () => {
    expect(signWebhookBody(secret, timestamp, body)).not.toBe(
      signWebhookBody(secret, timestamp + 1, body)
    )
  })
})

describe("formatSignatureHeader", () => {
  it("formats t=<seconds>,v1=<signature>", () => {
    expect(formatSignatureHeader(1700000000, "abc")).toBe("t=1700000000,v1=abc")
  })
})

describe("verifyWebhookSignature", () => {
  it("accepts a body signed with the same secret (round trip)", () => {
    expect(
      verifyWebhookSignature({ secret, body, header: signedHeader(), now: nowMs })
    ).toBe(true)
  })

  it("accepts a header with spaces after the comma", () => {
    const header = signedHeader().replace(",", ", ")
    expect(verifyWebhookSignature({ secret, body, header, now: nowMs })).toBe(true)
  })

  it("rejects a tampered body", () => {
    const tampered = body.replace("asrole_1", "asrole_2")
    expect(
      verifyWebhookSignature({ secret, body: tampered, header: signedHeader(), now: nowMs })
    ).toBe(false)
  })

  it("rejects a body re-serialised with different whitespace", () => {
    const reformatted = JSON.stringify(JSON.parse(body), null, 2)
    expect(
      verifyWebhookSignature({ secret, body: reformatted, header: signedHeader(), now: nowMs })
    ).toBe(false)
  })

  it("rejects a signature made with another secret", () => {
    expect(
      verifyWebhookSignature({
        secret,
        body,
        header: signedHeader({ secret: generateWebhookSecret() }),
        now: nowMs,
      })
    ).toBe(false)
  })

  it("rejects a timestamp swapped into a valid signature", () => {
    const signature = signWebhookBody(secret, timestamp, body)
    const header = formatSignatureHeader(timestamp + 10, signature)
    expect(verifyWebhookSignature({ secret, body, header, now: nowMs })).toBe(false)
  })

  it("accepts timestamps within the default 300 s tolerance, both directions", () => {
    for (const offset of [-300, -299, 0, 299, 300]) {
      expect(
        verifyWebhookSignature({
          secret,
          body,
          header: signedHeader({ timestamp: timestamp + offset }),
          now: nowMs,
        })
      ).toBe(true)
    }
  })

  it("rejects a stale timestamp beyond the tolerance (replay)", () => {
    expect(
      verifyWebhookSignature({
        secret,
        body,
        header: signedHeader({ timestamp: timestamp - 301 }),
        now: nowMs,
      })
    ).toBe(false)
  })

  it("rejects a timestamp too far in the future", () => {
    expect(
      verifyWebhookSignature({
        secret,
        body,
        header: signedHeader({ timestamp: timestamp + 301 }),
        now: nowMs,
      })
    ).toBe(false)
  })

  it("honours a custom tolerance", () => {
    const header = signedHeader({ timestamp: timestamp - 60 })
    expect(
      verifyWebhookSignature({ secret, body, header, now: nowMs, toleranceSeconds: 30 })
    ).toBe(false)
    expect(
      verifyWebhookSignature({ secret, body, header, now: nowMs, toleranceSeconds: 90 })
    ).toBe(true)
  })

  it("uses the current clock by default", () => {
    const ts = Math.floor(Date.now() / 1000)
    const header = formatSignatureHeader(ts, signWebhookBody(secret, ts, body))
    expect(verifyWebhookSignature({ secret, body, header })).toBe(true)
    expect(verifyWebhookSignature({ secret, body, header: signedHeader() })).toBe(false)
  })

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["garbage", "not a signature"],
    ["no signature", `t=${timestamp}`],
    ["no timestamp", `v1=${signWebhookBody(secret, timestamp, body)}`],
    ["non-numeric timestamp", `t=soon,v1=${signWebhookBody(secret, timestamp, body)}`],
    ["empty signature", `t=${timestamp},v1=`],
    ["truncated signature", signedHeader().slice(0, -2)],
    ["non-hex signature", `t=${timestamp},v1=${"z".repeat(64)}`],
    ["unknown scheme only", `t=${timestamp},v0=${signWebhookBody(secret, timestamp, body)}`],
  ])("rejects a malformed header (%s) without throwing", (_label, header) => {
    expect(
      verifyWebhookSignature({ secret, body, header: header as string | undefined, now: nowMs })
    ).toBe(false)
  })
})
