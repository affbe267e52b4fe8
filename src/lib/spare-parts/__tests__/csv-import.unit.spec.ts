import { toCsv } from "../../csv"
import {
  formatSpecifications,
  parseOffersCsv,
  parsePartsCsv,
  parseSpecifications,
  parseSuppliersCsv,
  readCsvTable,
  splitCsvRecords,
} from "../csv-import"

describe("splitCsvRecords", () => {
  it("keeps quoted commas, doubled quotes and line breaks, and the line each record starts on", () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\n\n"multi\nline",z\n'
    expect(splitCsvRecords(text)).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["x, y", 'say "hi"'], line: 2 },
      { fields: ["multi\nline", "z"], line: 4 },
    ])
  })

  it("reads a last record without a line break and drops a byte-order mark", () => {
    expect(splitCsvRecords("\uFEFFa,b\n1,2")).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["1", "2"], line: 2 },
    ])
  })
})

describe("readCsvTable", () => {
  it("refuses unknown, repeated and missing columns on line 1", () => {
    expect(readCsvTable("part_number,colour,name,name\n1,2,3,4\n", ["part_number", "name", "sku"], ["part_number", "sku"]).problems).toEqual([
      { line: 1, message: 'Unknown column "colour"; the columns are part_number, name, sku.' },
      { line: 1, message: 'Column "name" appears more than once.' },
      { line: 1, message: 'The header must include the column "sku".' },
    ])
  })

  it("reports an empty file and a file without rows", () => {
    expect(readCsvTable("", ["a"], ["a"]).problems).toEqual([{ line: 1, message: "The file is empty." }])
    expect(readCsvTable("a\n", ["a"], ["a"]).problems).toEqual([{ line: 2, message: "The file has a header but no rows." }])
  })

  it("undoes the export's formula guard", () => {
    const { records } = readCsvTable(toCsv(["a"], [["-5 °C"], ["=SUM(A1)"]]), ["a"], ["a"])
    expect(records.map((r) => r.cells.a)).toEqual(["-5 °C", "=SUM(A1)"])
  })
})

describe("specifications", () => {
  it("reads key=value pairs, keeping '=' inside values, and writes them back", () => {
    const { value } = parseSpecifications("voltage=14.4 V; formula=a=b ;")
    expect(value).toEqual({ voltage: "14.4 V", formula: "a=b" })
    expect(parseSpecifications(formatSpecifications(value)).value).toEqual(value)
  })

  it("refuses a pair without a key or a key given twice", () => {
    expect(parseSpecifications("voltage").error).toBe(
      'specifications must be key=value pairs separated by ";" (bad pair "voltage").'
    )
    expect(parseSpecifications("a=1;a=2").error).toBe('specifications name "a" twice.')
    expect(parseSpecifications("").value).toBeNull()
  })
})

describe("parsePartsCsv", () => {
  it("reads a valid file; only the header's columns are present on the rows", () => {
    const csv = [
      "part_number,name,unit_cost,status,specifications,compatible_products",
      "PUMP-15,Pump 15 bar,18.50,active,pressure=15 bar,aurora-espresso;aurora-pro",
      "BURR-1,Burr set,,,,",
    ].join("\n")
    const { rows, problems } = parsePartsCsv(csv)
    expect(problems).toEqual([])
    expect(rows).toEqual([
      {
        line: 2,
        part_number: "PUMP-15",
        name: "Pump 15 bar",
        unit_cost: 18.5,
        status: "active",
        specifications: { pressure: "15 bar" },
        compatible_products: ["aurora-espresso", "aurora-pro"],
      },
      {
        line: 3,
        part_number: "BURR-1",
        name: "Burr set",
        unit_cost: null,
        status: null,
        specifications: null,
        compatible_products: [],
      },
    ])
  })

  it("reports every bad row with its line number", () => {
    const csv = [
      "part_number,name,unit_cost,status,price,specifications,superseded_by",
      "OK-1,Fine,1,active,2,,",
      ",No number,1,,,,",
      "BAD-2,,abc,retired,-1,voltage,",
      "OK-1,Again,1,,,,",
      "SELF-1,Self,,,,,SELF-1",
      "BAD 3,Space,1,2,3,4,5,6,7",
    ].join("\n")
    const { rows, problems } = parsePartsCsv(csv)
    expect(rows.map((r) => r.part_number)).toEqual(["OK-1", "OK-1"])
    expect(problems).toEqual([
      { line: 3, message: "part_number is empty." },
      { line: 4, message: "name is empty." },
      { line: 4, message: 'unit_cost must be a number of 0 or more with a "." for decimals (got "abc").' },
      { line: 4, message: 'status must be one of active, phase_out, obsolete (got "retired").' },
      { line: 4, message: 'price must be a number of 0 or more with a "." for decimals (got "-1").' },
      { line: 4, message: 'specifications must be key=value pairs separated by ";" (bad pair "voltage").' },
      { line: 5, message: "Part number OK-1 appears twice (also on line 2)." },
      { line: 6, message: "Part SELF-1 cannot supersede itself." },
      { line: 7, message: "The row has 9 cells but the header only 7." },
    ])
  })
})

describe("parseSuppliersCsv", () => {
  it("reads suppliers and reports bad e-mail, currency, lead time and flags", () => {
    const csv = [
      "code,name,email,currency_code,lead_time_days,is_active,payment_terms",
      "ACME,Acme Parts,buy@acme.example,EUR,5,yes,30 days net",
      "BOLT,Bolt,not-an-email,euro,-2,maybe,",
    ].join("\n")
    const { rows, problems } = parseSuppliersCsv(csv)
    expect(rows).toEqual([
      {
        line: 2,
        code: "ACME",
        name: "Acme Parts",
        email: "buy@acme.example",
        currency_code: "eur",
        lead_time_days: 5,
        is_active: true,
        payment_terms: "30 days net",
      },
    ])
    expect(problems.map((p) => p.line)).toEqual([3, 3, 3, 3])
    expect(problems[0].message).toBe('email "not-an-email" is not an e-mail address.')
  })
})

describe("parseOffersCsv", () => {
  it("needs whole positive order quantities and at most one preferred offer per part", () => {
    const csv = [
      "part_number,supplier_code,unit_price,min_order_quantity,pack_size,is_preferred",
      "PUMP-15,ACME,12.5,10,5,true",
      "PUMP-15,BOLT,11,0,1.5,true",
      "PUMP-15,ACME,12,1,1,false",
    ].join("\n")
    const { rows, problems } = parseOffersCsv(csv)
    expect(rows.map((r) => r.line)).toEqual([2, 4])
    expect(problems).toEqual([
      { line: 3, message: 'min_order_quantity must be a whole number of 1 or more (got "0").' },
      { line: 3, message: 'pack_size must be a whole number of 1 or more (got "1.5").' },
      { line: 3, message: "A preferred offer of part PUMP-15 appears twice (also on line 2)." },
      { line: 4, message: "Offer PUMP-15 / ACME appears twice (also on line 2)." },
    ])
  })
})
