import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs"
import { tmpdir } from "os"
import { join } from "path"
import { main as evaluate } from "../cli/evaluate"
import { main as forecast } from "../cli/forecast"

function run(command: typeof forecast, args: string[]) {
  const output = { stdout: "", stderr: "" }
  const code = command(args, {
    stdout: (text) => (output.stdout += text),
    stderr: (text) => (output.stderr += text),
  })
  return { code, ...output }
}

describe("forecast command", () => {
  let directory: string
  const file = (name: string, content?: string) => {
    const path = join(directory, name)
    if (content !== undefined) {
      writeFileSync(path, content)
    }
    return path
  }

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "forecast-cli-"))
  })

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true })
  })

  const demand = [
    "part,m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12",
    "P-1,0,2,0,0,1,0,3,0,0,1,0,2",
    "P-2,5,4,6,5,7,5,6,4,5,6,5,7",
    "P-3,,,0,0,1,0,0,0,2,0,,1",
  ].join("\n")

  it("prints help", () => {
    const result = run(forecast, ["--help"])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/--input FILE\.csv --horizon H --output OUT\.csv/)
  })

  it("writes id, class, method and one column per step, plus stock levels with a lead time", () => {
    const output = file("out.csv")
    const result = run(forecast, [
      "--input", file("in.csv", demand), "--horizon", "3", "--method", "ses",
      "--lead-time", "2", "--service-level", "0.9", "--output", output,
    ])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/read 3 series of 12 periods .*\(1 with missing periods\)/)
    expect(result.stderr).toMatch(/wrote 3 forecasts/)
    const lines = readFileSync(output, "utf8").trim().split("\n")
    expect(lines[0]).toBe("id,class,method,f1,f2,f3,safety_stock,reorder_point")
    expect(lines).toHaveLength(4)
    expect(lines[1]).toMatch(/^P-1,intermittent,ses,([\d.]+,){3}-?[\d.]+,\d+$/)
    expect(lines[2]).toMatch(/^P-2,smooth,ses,/)
  })

  it("writes interval columns on request", () => {
    const output = file("out.csv")
    const input = file("in.csv", demand)
    const result = run(forecast, ["--input", input, "--horizon", "2", "--intervals", "--output", output])
    expect(result.code).toBe(0)
    expect(readFileSync(output, "utf8").split("\n")[0]).toBe("id,class,method,f1,f2,lower_1,lower_2,upper_1,upper_2")
  })

  it("reports a bad number with its line and exits with 1", () => {
    const input = file("bad.csv", "part,m1,m2\nA,1,2\nB,1,x2\n")
    const result = run(forecast, ["--input", input, "--horizon", "2", "--output", file("out.csv")])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('forecast: line 3: column 3 (m2): "x2" is not a number\n')
  })

  it("reports a ragged row with its line and exits with 1", () => {
    const input = file("ragged.csv", "part,m1,m2\nA,1,2\nB,1,2,3\n")
    const result = run(forecast, ["--input", input, "--horizon", "2", "--output", file("out.csv")])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^forecast: line 3: ragged row: expected 3 fields like the header, found 4/)
  })

  it("reports a missing file and exits with 1", () => {
    const missing = join(directory, "nope.csv")
    const result = run(forecast, ["--input", missing, "--horizon", "2", "--output", file("out.csv")])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/cannot read input file .*nope\.csv: ENOENT/)
  })

  it("rejects bad usage with exit code 2", () => {
    const input = file("in.csv", demand)
    const output = file("out.csv")
    const base = ["--input", input, "--horizon", "2", "--output", output]
    const cases: [string[], RegExp][] = [
      [["--horizon", "2", "--output", output], /--input FILE\.csv is required/],
      [["--input", input, "--output", output], /--horizon H is required/],
      [["--input", input, "--horizon", "0", "--output", output], /--horizon must be a positive integer, got "0"/],
      [[...base, "--method", "magic"], /unknown method "magic"/],
      [[...base, "--service-level", "0.9"], /--service-level needs --lead-time/],
      [[...base, "--lead-time", "2", "--service-level", "95"], /--service-level must be between 0 and 1/],
      [[...base, "--verbose"], /unknown option --verbose/],
      [["--input", input, "--horizon"], /--horizon needs a value/],
    ]
    for (const [args, message] of cases) {
      const result = run(forecast, args)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(message)
    }
  })
})

describe("evaluate command", () => {
  it("prints help and rejects a missing input", () => {
    expect(run(evaluate, ["--help"]).stdout).toMatch(/--holdout/)
    const result = run(evaluate, ["--holdout", "3"])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--input FILE\.csv is required/)
  })

  it("scores methods on a small file", () => {
    const directory = mkdtempSync(join(tmpdir(), "evaluate-cli-"))
    try {
      const rows = Array.from({ length: 30 }, (_, i) =>
        [`p${i}`, ...Array.from({ length: 20 }, (_, t) => ((t * (i + 3)) % 7 === 0 ? 1 + (i % 3) : 0))].join(",")
      )
      const input = join(directory, "in.csv")
      writeFileSync(input, ["id", ...Array.from({ length: 20 }, (_, t) => `t${t}`)].join(",") + "\n" + rows.join("\n"))
      const result = run(evaluate, ["--input", input, "--holdout", "4", "--methods", "ses,auto"])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/30 series, 30 complete, \d+ scored/)
      expect(result.stdout).toMatch(/^\| auto \| [\d.]+ \| [\d.]+ \|/m)
      expect(result.stdout).toMatch(/^\| all-zero \|/m)
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  })
})
