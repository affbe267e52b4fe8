import { readFileSync, writeFileSync } from "fs"
import { CsvInputError, formatNumber, parseWideCsv, toCsvLine } from "../csv"
import { forecastMany } from "../forecast"
import { isMethodName, METHODS, METHOD_NAMES } from "../methods"
import type { ForecastOptions, MethodChoice } from "../types"
import { numberOption, parseArgs, processIo, UsageError, type CommandIo } from "./args"

const HELP = `Forecasts spare-part demand from a wide CSV.

Usage: npm run forecast -- --input FILE.csv --horizon H --output OUT.csv [options]

Input: header row (first cell names the id column, then one column per period, oldest first),
then one row per part: id, then demand per period. An empty cell is a missing period.

Options:
  --input FILE.csv        demand history (required)
  --output OUT.csv        where to write the forecasts (required)
  --horizon H             periods to forecast (required, positive integer)
  --method NAME           auto (default) or one of: ${METHOD_NAMES.join(", ")}
  --season-length M       periods per season, 12 for monthly data (default 12)
  --lead-time L           replenishment lead time in periods; adds safety_stock, reorder_point
  --service-level P       target cycle service level, 0 < P < 1 (default 0.95)
  --fill-rate B           target fill rate, 0 < B < 1 (instead of --service-level)
  --order-quantity Q      order quantity for the fill-rate target (default one period's forecast)
  --intervals             also write prediction intervals lower_1..lower_H, upper_1..upper_H
  --interval-level C      central coverage of the intervals (default 0.8)
  --help                  show this text

Output columns: id,class,method,f1,...,fH[,safety_stock,reorder_point][,lower_*,upper_*]
Progress goes to stderr. Exit code 0 on success, 1 on bad input, 2 on bad usage.
`

export function main(argv: readonly string[], io: CommandIo = processIo): number {
  try {
    const options = parseArgs(
      argv,
      [
        "input",
        "output",
        "horizon",
        "method",
        "season-length",
        "lead-time",
        "service-level",
        "fill-rate",
        "order-quantity",
        "interval-level",
      ],
      ["help", "intervals"]
    )
    if (options.has("help")) {
      io.stdout(HELP)
      return 0
    }
    const input = options.get("input")
    const output = options.get("output")
    if (typeof input !== "string") {
      throw new UsageError("--input FILE.csv is required")
    }
    if (typeof output !== "string") {
      throw new UsageError("--output OUT.csv is required")
    }
    const isPositiveInteger = (v: number) => Number.isInteger(v) && v > 0
    const isProbability = (v: number) => v > 0 && v < 1
    const probability = "between 0 and 1 (exclusive)"
    const horizon = numberOption(options, "horizon", isPositiveInteger, "a positive integer")
    if (horizon === undefined) {
      throw new UsageError("--horizon H is required")
    }
    const method = (options.get("method") ?? "auto") as string
    if (method !== "auto" && !isMethodName(method)) {
      throw new UsageError(
        `unknown method "${method}"; use auto or one of ${METHOD_NAMES.join(", ")}`
      )
    }
    const forecastOptions: ForecastOptions = {
      horizon,
      method: method as MethodChoice,
      seasonLength: numberOption(options, "season-length", isPositiveInteger, "a positive integer"),
      leadTime: numberOption(options, "lead-time", (v) => v > 0, "a positive number"),
      serviceLevel: numberOption(options, "service-level", isProbability, probability),
      fillRate: numberOption(options, "fill-rate", isProbability, probability),
      orderQuantity: numberOption(options, "order-quantity", (v) => v > 0, "a positive number"),
      intervalLevel: numberOption(options, "interval-level", isProbability, probability),
    }
    if (forecastOptions.leadTime === undefined) {
      for (const name of ["service-level", "fill-rate", "order-quantity"]) {
        if (options.has(name)) {
          throw new UsageError(`--${name} needs --lead-time`)
        }
      }
    }
    if (forecastOptions.serviceLevel !== undefined && forecastOptions.fillRate !== undefined) {
      throw new UsageError("give either --service-level or --fill-rate, not both")
    }

    let text: string
    try {
      text = readFileSync(input, "utf8")
    } catch (error) {
      throw new CsvInputError(`cannot read input file ${input}: ${describeIoError(error)}`)
    }
    const started = Date.now()
    const { rows } = parseWideCsv(text)
    const withGaps = rows.filter((row) => row.values.some((value) => value === null)).length
    const methodDescription = isMethodName(method) ? `${method} (${METHODS[method].description})` : method
    io.stderr(
      `read ${rows.length} series of ${rows[0]?.values.length ?? 0} periods from ${input}` +
        (withGaps ? ` (${withGaps} with missing periods)` : "") +
        `; method ${methodDescription}\n`
    )
    let reported = { stage: "", percent: 0 }
    const results = forecastMany(
      rows.map((row) => row.values),
      forecastOptions,
      (done, total, stage) => {
        const percent = Math.floor((100 * done) / Math.max(1, total))
        if (stage !== reported.stage || percent >= reported.percent + 10 || done === total) {
          reported = { stage, percent }
          io.stderr(`${stage}: ${percent}%\n`)
        }
      }
    )

    const withInventory = forecastOptions.leadTime !== undefined
    const withIntervals = options.has("intervals")
    const steps = Array.from({ length: horizon }, (_, h) => h + 1)
    const header = [
      "id",
      "class",
      "method",
      ...steps.map((h) => `f${h}`),
      ...(withInventory ? ["safety_stock", "reorder_point"] : []),
      ...(withIntervals ? steps.map((h) => `lower_${h}`) : []),
      ...(withIntervals ? steps.map((h) => `upper_${h}`) : []),
    ]
    const lines = [toCsvLine(header)]
    results.forEach((result, index) => {
      const numbers = [
        ...result.forecast,
        ...(withInventory ? [result.safetyStock!, result.reorderPoint!] : []),
        ...(withIntervals ? [...result.lower, ...result.upper] : []),
      ]
      lines.push(
        toCsvLine([rows[index].id, result.class, result.method, ...numbers.map((v) => formatNumber(v))])
      )
    })
    try {
      writeFileSync(output, lines.join(""))
    } catch (error) {
      throw new CsvInputError(`cannot write output file ${output}: ${describeIoError(error)}`)
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(2)
    io.stderr(`wrote ${results.length} forecasts to ${output} in ${seconds}s\n`)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`forecast: ${error.message}\nRun with --help for usage.\n`)
      return 2
    }
    if (error instanceof CsvInputError || error instanceof RangeError) {
      io.stderr(`forecast: ${error.message}\n`)
      return 1
    }
    throw error
  }
}

function describeIoError(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2))
}
