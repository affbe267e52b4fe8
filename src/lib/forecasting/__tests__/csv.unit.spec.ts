import { CsvInputError, formatNumber, parseWideCsv, toCsvLine } from "../csv"

describe("parseWideCsv", () => {
  it("reads ids and periods, empty cells as missing", () => {
    const parsed = parseWideCsv("Part,Jan,Feb,Mar\nA1,1,,3\n\"B,2\",0,2.5,\n")
    expect(parsed.header).toEqual(["Part", "Jan", "Feb", "Mar"])
    expect(parsed.rows).toEqual([
      { id: "A1", values: [1, null, 3], line: 2 },
      { id: "B,2", values: [0, 2.5, null], line: 3 },
    ])
  })

  it("accepts CRLF line ends, a byte-order mark, quoted header cells and blank lines", () => {
    const parsed = parseWideCsv('\ufeff"id",p1\r\n\r\nx,4\r\n')
    expect(parsed.header).toEqual(["id", "p1"])
    expect(parsed.rows).toEqual([{ id: "x", values: [4], line: 3 }])
  })

  const errorOf = (text: string) => {
    try {
      parseWideCsv(text)
    } catch (error) {
      expect(error).toBeInstanceOf(CsvInputError)
      return (error as Error).message
    }
    throw new Error("expected a CsvInputError")
  }

  it("names the line and column of a bad number", () => {
    expect(errorOf("id,a,b\nx,1,2\ny,1,two\n")).toBe('line 3: column 3 (b): "two" is not a number')
    expect(errorOf("id,a\nx,1e400\n")).toBe('line 2: column 2 (a): "1e400" is not a number')
    expect(errorOf("id,a\nx,0x10\n")).toMatch(/^line 2: column 2 \(a\)/)
    expect(errorOf("id,a\nx,-1\n")).toBe("line 2: column 2 (a): demand cannot be negative (-1)")
  })

  it("names the line of a ragged row", () => {
    expect(errorOf("id,a,b\nx,1,2\ny,1\n")).toBe(
      "line 3: ragged row: expected 3 fields like the header, found 2"
    )
    expect(errorOf("id,a\nx,1,2\n")).toMatch(/^line 2: ragged row/)
  })

  it("rejects empty input, a header without periods, empty ids and unterminated quotes", () => {
    expect(errorOf("")).toBe("the input is empty")
    expect(errorOf("id\nx\n")).toMatch(/^line 1: the header needs/)
    expect(errorOf("id,a\n ,1\n")).toBe("line 2: the series id (first field) is empty")
    expect(errorOf('id,a\n"x,1\n')).toBe("line 2: unterminated quoted field")
  })
})

describe("CSV output", () => {
  it("formats numbers compactly and quotes cells when needed", () => {
    expect(formatNumber(1 / 3)).toBe("0.3333")
    expect(formatNumber(2)).toBe("2")
    expect(formatNumber(-0.00001)).toBe("0")
    expect(toCsvLine(["a,b", 'say "hi"', "c"])).toBe('"a,b","say ""hi""",c\n')
  })
})
