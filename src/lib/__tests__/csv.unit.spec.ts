import { toCsv, toCsvRow } from "../csv"

describe("toCsvRow", () => {
  it("joins plain values with commas and ends the row with CRLF", () => {
    expect(toCsvRow(["tkt_1", "open", 3, true])).toBe("tkt_1,open,3,true\r\n")
  })

  it("quotes a value containing a comma", () => {
    expect(toCsvRow(["Smith, John", "x"])).toBe('"Smith, John",x\r\n')
  })

  it("quotes a value containing quotes and doubles the quotes", () => {
    expect(toCsvRow(['He said "hi"'])).toBe('"He said ""hi"""\r\n')
  })

  it("quotes values containing line breaks", () => {
    expect(toCsvRow(["line 1\nline 2", "a\r\nb", "c\rd"])).toBe(
      '"line 1\nline 2","a\r\nb","c\rd"\r\n'
    )
  })

  it("writes null and undefined as empty cells", () => {
    expect(toCsvRow([null, "a", undefined, ""])).toBe(",a,,\r\n")
  })

  it("keeps zero and false", () => {
    expect(toCsvRow([0, false])).toBe("0,false\r\n")
  })

  it("writes Dates as ISO 8601 in UTC", () => {
    expect(toCsvRow([new Date("2025-01-15T12:30:00Z")])).toBe(
      "2025-01-15T12:30:00.000Z\r\n"
    )
  })

  it("writes objects and arrays as quoted JSON", () => {
    expect(toCsvRow([{ a: 1, b: "x" }])).toBe('"{""a"":1,""b"":""x""}"\r\n')
    expect(toCsvRow([["a:read", "b:read"]])).toBe('"[""a:read"",""b:read""]"\r\n')
  })

  it.each(["=", "+", "-", "@"])(
    "neutralises a leading %s so spreadsheets do not run it as a formula",
    (prefix) => {
      expect(toCsvRow([`${prefix}HYPERLINK("http://evil")`, "ok"])).toBe(
        `"'${prefix}HYPERLINK(""http://evil"")",ok\r\n`
      )
      expect(toCsvRow([`${prefix}1`])).toBe(`'${prefix}1\r\n`)
    }
  )

  it("guards a formula that also needs quoting", () => {
    expect(toCsvRow(["=SUM(A1,A2)"])).toBe(`"'=SUM(A1,A2)"\r\n`)
  })

  it("leaves the characters alone when they are not at the start", () => {
    expect(toCsvRow(["a=b", "1+1", "x-y", "me@example.com"])).toBe(
      "a=b,1+1,x-y,me@example.com\r\n"
    )
  })

  it("guards negative numbers too (they start with -)", () => {
    expect(toCsvRow([-5])).toBe("'-5\r\n")
  })
})

describe("toCsv", () => {
  it("writes the header and every row", () => {
    expect(
      toCsv(
        ["id", "subject", "created_at"],
        [
          ["tkt_1", "Screen, cracked", new Date("2025-01-01T00:00:00Z")],
          ["tkt_2", null, undefined],
        ]
      )
    ).toBe(
      "id,subject,created_at\r\n" +
        'tkt_1,"Screen, cracked",2025-01-01T00:00:00.000Z\r\n' +
        "tkt_2,,\r\n"
    )
  })

  it("writes only the header when there are no rows", () => {
    expect(toCsv(["id", "name"], [])).toBe("id,name\r\n")
  })

  it("round-trips through a simple RFC 4180 parser", () => {
    const rows = [["a,b", 'q"uote', "multi\nline", "=danger", null]]
    const csv = toCsv(["c1", "c2", "c3", "c4", "c5"], rows)
    expect(parseCsv(csv)).toEqual([
      ["c1", "c2", "c3", "c4", "c5"],
      ["a,b", 'q"uote', "multi\nline", "'=danger", ""],
    ])
  })
})

/** Minimal RFC 4180 parser for the round trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        cell += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ",") {
      row.push(cell)
      cell = ""
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ""
      i++
    } else {
      cell += char
    }
  }
  return rows
}
