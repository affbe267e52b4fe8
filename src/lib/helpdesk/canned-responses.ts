/**
 * Canned responses: reply templates with variables such as `{{ customer.first_name }}`,
 * `{{ ticket.number }}` or `{{ order.display_id }}` (pure, no Medusa imports).
 *
 * Syntax: `{{ name }}` or `{{ name | fallback }}`; the fallback (plain text, no braces) is used
 * when the value is missing. Whitespace inside the braces is ignored. `\{{` writes literal braces.
 */

/** The variables a template may use, with what they stand for. */
export const CANNED_RESPONSE_VARIABLES = {
  "customer.first_name": "the customer's first name",
  "customer.last_name": "the customer's last name",
  "customer.full_name": "first and last name of the customer",
  "customer.email": "the customer's e-mail address",
  "ticket.number": "the ticket number, e.g. ST-000123",
  "ticket.subject": "the ticket's subject",
  "order.display_id": "the order number the customer sees, e.g. 1001",
  "agent.first_name": "first name of the agent using the response",
  "agent.last_name": "last name of the agent using the response",
  "agent.full_name": "first and last name of the agent",
} as const

export type CannedResponseVariable = keyof typeof CANNED_RESPONSE_VARIABLES

export type CannedResponseValues = Partial<Record<CannedResponseVariable, string | number | null>>

type Token =
  | { kind: "text"; text: string; literal?: boolean }
  | { kind: "variable"; name: string; fallback: string | null; raw: string }

const PLACEHOLDER = /\\\{\{|\{\{([^{}]*)\}\}/g

function tokenize(template: string): { tokens: Token[]; problems: string[] } {
  const tokens: Token[] = []
  const problems: string[] = []
  let last = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0
    if (index > last) {
      tokens.push({ kind: "text", text: template.slice(last, index) })
    }
    last = index + match[0].length
    if (match[0] === "\\{{") {
      tokens.push({ kind: "text", text: "{{", literal: true })
      continue
    }
    const [namePart, ...fallbackParts] = match[1].split("|")
    const name = namePart.trim()
    if (!name) {
      problems.push(`Empty placeholder "${match[0]}".`)
      continue
    }
    tokens.push({
      kind: "variable",
      name,
      fallback: fallbackParts.length ? fallbackParts.join("|").trim() : null,
      raw: match[0],
    })
  }
  if (last < template.length) {
    tokens.push({ kind: "text", text: template.slice(last) })
  }
  for (const token of tokens) {
    if (token.kind === "text" && !token.literal && token.text.includes("{{")) {
      problems.push("Unclosed placeholder: write placeholders as {{ name }} and literal braces as \\{{.")
      break
    }
  }
  return { tokens, problems }
}

function isKnownVariable(name: string): name is CannedResponseVariable {
  return Object.prototype.hasOwnProperty.call(CANNED_RESPONSE_VARIABLES, name)
}

/** The variables a template uses, in order of first use. */
export function templateVariables(template: string): string[] {
  const names = tokenize(template)
    .tokens.filter((token): token is Extract<Token, { kind: "variable" }> => token.kind === "variable")
    .map((token) => token.name)
  return [...new Set(names)]
}

/** One message per problem (unknown variables, malformed placeholders); empty when valid. */
export function validateTemplate(template: string): string[] {
  const { tokens, problems } = tokenize(template)
  for (const token of tokens) {
    if (token.kind === "variable" && !isKnownVariable(token.name)) {
      problems.push(
        `Unknown variable "${token.name}". Use one of: ${Object.keys(CANNED_RESPONSE_VARIABLES).join(", ")}.`
      )
    }
  }
  return [...new Set(problems)]
}

export type RenderedTemplate = {
  text: string
  /** Variables without a value and without a fallback (rendered as empty text). */
  missing: string[]
}

/** Fills in the variables; a missing value uses the placeholder's fallback, else empty text. */
export function renderTemplate(template: string, values: CannedResponseValues): RenderedTemplate {
  const missing = new Set<string>()
  const text = tokenize(template)
    .tokens.map((token) => {
      if (token.kind === "text") {
        return token.text
      }
      const value = isKnownVariable(token.name) ? values[token.name] : undefined
      if (value !== undefined && value !== null && String(value).trim() !== "") {
        return String(value)
      }
      if (token.fallback !== null) {
        return token.fallback
      }
      missing.add(token.name)
      return ""
    })
    .join("")
  return { text, missing: [...missing] }
}

function fullName(first?: string | null, last?: string | null): string | null {
  const name = [first, last].filter((part) => part && part.trim()).join(" ")
  return name || null
}

/** The variable values for a ticket, its customer and order, and the agent using the response. */
export function cannedResponseValues(input: {
  ticket?: { number?: string | null; subject?: string | null } | null
  customer?: { first_name?: string | null; last_name?: string | null; email?: string | null } | null
  order?: { display_id?: string | number | null } | null
  agent?: { first_name?: string | null; last_name?: string | null } | null
}): CannedResponseValues {
  return {
    "customer.first_name": input.customer?.first_name ?? null,
    "customer.last_name": input.customer?.last_name ?? null,
    "customer.full_name": fullName(input.customer?.first_name, input.customer?.last_name),
    "customer.email": input.customer?.email ?? null,
    "ticket.number": input.ticket?.number ?? null,
    "ticket.subject": input.ticket?.subject ?? null,
    "order.display_id": input.order?.display_id ?? null,
    "agent.first_name": input.agent?.first_name ?? null,
    "agent.last_name": input.agent?.last_name ?? null,
    "agent.full_name": fullName(input.agent?.first_name, input.agent?.last_name),
  }
}
