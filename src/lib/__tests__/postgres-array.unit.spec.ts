import { toPostgresTextArray } from "../postgres-array"

describe("toPostgresTextArray", () => {
  it("quotes every element so commas, braces and spaces survive", () => {
    expect(toPostgresTextArray(["spare_parts:read", "a,b", "{x}", "with space"])).toBe(
      '{"spare_parts:read","a,b","{x}","with space"}'
    )
  })

  it("escapes quotes and backslashes", () => {
    expect(toPostgresTextArray(['say "hi"', "back\\slash"])).toBe('{"say \\"hi\\"","back\\\\slash"}')
  })

  it("writes an empty array", () => {
    expect(toPostgresTextArray([])).toBe("{}")
  })
})
