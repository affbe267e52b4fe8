import {
  cannedResponseValues,
  renderTemplate,
  templateVariables,
  validateTemplate,
} from "../canned-responses"

const values = cannedResponseValues({
  ticket: { number: "ST-000042", subject: "Loud pump" },
  customer: { first_name: "Anna", last_name: "Schmidt", email: "anna@example.com" },
  order: { display_id: 1001 },
  agent: { first_name: "Lena", last_name: "Vogel" },
})

describe("renderTemplate", () => {
  it("fills in customer, ticket, order and agent variables", () => {
    const { text, missing } = renderTemplate(
      "Hello {{customer.first_name}}, about {{ ticket.number }} (order #{{order.display_id}}): we are on it. {{ agent.full_name }}",
      values
    )
    expect(text).toBe("Hello Anna, about ST-000042 (order #1001): we are on it. Lena Vogel")
    expect(missing).toEqual([])
  })

  it("uses the fallback for a missing value, else empty text and reports it", () => {
    const empty = cannedResponseValues({ ticket: { number: "ST-000001" } })
    expect(renderTemplate("Hi {{ customer.first_name | there }}!", empty)).toEqual({
      text: "Hi there!",
      missing: [],
    })
    expect(renderTemplate("Order {{order.display_id}} / {{order.display_id}}", empty)).toEqual({
      text: "Order  / ",
      missing: ["order.display_id"],
    })
  })

  it("keeps escaped braces and plain text untouched", () => {
    expect(renderTemplate("Use \\{{ like this }} for {{ ticket.number }}", values).text).toBe(
      "Use {{ like this }} for ST-000042"
    )
    expect(renderTemplate("No variables at all.", values).text).toBe("No variables at all.")
  })

  it("treats blank values as missing", () => {
    const blank = cannedResponseValues({ customer: { first_name: "  " } })
    expect(renderTemplate("Hi {{customer.first_name|there}}", blank).text).toBe("Hi there")
  })
})

describe("validateTemplate", () => {
  it("accepts known variables with or without fallbacks", () => {
    expect(validateTemplate("Dear {{ customer.full_name | customer }}, {{ticket.number}}")).toEqual([])
  })

  it("names unknown variables and malformed placeholders", () => {
    expect(validateTemplate("Hi {{ customer.nickname }}")[0]).toContain('Unknown variable "customer.nickname"')
    expect(validateTemplate("Hi {{ }}")).toEqual(['Empty placeholder "{{ }}".'])
    expect(validateTemplate("Hi {{ customer.first_name")[0]).toContain("Unclosed placeholder")
    expect(validateTemplate("Hi {{ {{ticket.number}}")[0]).toContain("Unclosed placeholder")
    // literal braces written with \{{ and a lone }} are plain text
    expect(validateTemplate("Use \\{{ like this }} for {{ ticket.number }}")).toEqual([])
  })
})

describe("templateVariables", () => {
  it("lists each variable once in order of use", () => {
    expect(templateVariables("{{ticket.number}} {{customer.first_name}} {{ ticket.number }}")).toEqual([
      "ticket.number",
      "customer.first_name",
    ])
  })
})
