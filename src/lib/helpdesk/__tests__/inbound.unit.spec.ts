import { formatSignatureHeader, signWebhookBody } from "../../webhooks/signature"
import { attachmentProblem, MAX_ATTACHMENT_BYTES } from "../attachments"
import {
  checkInboundAuth,
  extractTicketNumbers,
  splitSenderName,
  subjectFromBody,
} from "../inbound"

describe("checkInboundAuth", () => {
  const secret = "inbound-secret"

  it("is unconfigured without a secret, whatever the caller sends", () => {
    expect(checkInboundAuth({ secret: undefined, providedSecret: "anything" })).toBe("unconfigured")
    expect(checkInboundAuth({ secret: "", providedSecret: "" })).toBe("unconfigured")
  })

  it("accepts the shared secret and refuses others or none", () => {
    expect(checkInboundAuth({ secret, providedSecret: secret })).toBe("ok")
    expect(checkInboundAuth({ secret, providedSecret: "inbound-secreT" })).toBe("invalid")
    expect(checkInboundAuth({ secret, providedSecret: "short" })).toBe("invalid")
    expect(checkInboundAuth({ secret })).toBe("invalid")
  })

  it("accepts a fresh HMAC signature of the raw body and refuses a stale or tampered one", () => {
    const now = Date.UTC(2026, 10, 26, 12, 0, 0)
    const t = Math.floor(now / 1000)
    const body = JSON.stringify({ channel: "email" })
    const header = formatSignatureHeader(t, signWebhookBody(secret, t, body))
    expect(checkInboundAuth({ secret, signature: header, rawBody: body, now })).toBe("ok")
    expect(checkInboundAuth({ secret, signature: header, rawBody: `${body} `, now })).toBe("invalid")
    expect(
      checkInboundAuth({ secret, signature: header, rawBody: body, now: now + 301_000 })
    ).toBe("invalid")
  })
})

describe("extractTicketNumbers", () => {
  it("finds ticket numbers in reply subjects, normalised and without repeats", () => {
    expect(extractTicketNumbers("Re: [ST-000123] Grinder noise")).toEqual(["ST-000123"])
    expect(extractTicketNumbers("AW: st-42 and ST-000042, see ST-1234567")).toEqual([
      "ST-000042",
      "ST-1234567",
    ])
    expect(extractTicketNumbers("Question about TEST-000123 or XST-000123")).toEqual([])
    expect(extractTicketNumbers(undefined)).toEqual([])
  })
})

describe("splitSenderName and subjectFromBody", () => {
  it("splits display names and falls back to the address", () => {
    expect(splitSenderName("Ada  King Lovelace", "ada@example.com")).toEqual({
      first_name: "Ada",
      last_name: "King Lovelace",
    })
    expect(splitSenderName("", "grace@example.com")).toEqual({ first_name: "grace", last_name: null })
  })

  it("takes the first line of a message as a subject", () => {
    expect(subjectFromBody("  Hello\nmore text")).toBe("Hello")
    expect(subjectFromBody("x".repeat(200)).length).toBe(120)
    expect(subjectFromBody("   ")).toBe("(no subject)")
  })
})

describe("attachmentProblem", () => {
  it("accepts photos and documents within the size limit and explains refusals", () => {
    expect(attachmentProblem({ name: "a.jpg", mime_type: "image/jpeg", size: 1000 })).toBeNull()
    expect(attachmentProblem({ name: "a.exe", mime_type: "application/x-msdownload", size: 10 })).toContain(
      "allowed are"
    )
    expect(
      attachmentProblem({ name: "big.pdf", mime_type: "application/pdf", size: MAX_ATTACHMENT_BYTES + 1 })
    ).toContain("larger than 10 MB")
    expect(attachmentProblem({ name: "e.txt", mime_type: "text/plain", size: 0 })).toContain("empty")
  })
})
