import { readFileSync } from "fs"
import { parseWideCsv } from "../csv"
import { forecastMany } from "../forecast"
import { METHOD_NAMES } from "../methods"
import { naive } from "../methods/basic"
import { adida, croston, imapa, sba, tsb } from "../methods/intermittent"
import { ses } from "../methods/smoothing"
import { maseScale, rmsseScale, scaledErrors } from "../metrics"
import type { MethodChoice } from "../types"
import { numberOption, parseArgs, processIo, UsageError, type CommandIo } from "./args"

const HELP = `Scores the forecasting methods on a wide demand CSV by holding out the last periods.

Usage: npm run forecast:evaluate -- --input FILE.csv [--holdout 12] [--season-length 12]
                                   [--methods auto,ses,...]

Only complete series (no empty cell) are scored, and only those whose in-sample MASE and RMSSE
scales are non-zero. Every method forecasts the holdout from the earlier periods; the global
model and "auto" learn from all complete series' training periods, never from the holdout.
Prints, per method, the mean MASE, RMSSE (M5 convention: the in-sample scale starts at the first
non-zero demand) and bias (mean error over the MASE scale) across series, the volume bias
(total forecast over total demand, minus one) and the coverage of the 80% prediction intervals.
`

/** Published single-origin figures from /work/shared/data/README.md (carparts, 12-month holdout). */
const PUBLISHED: Record<string, { mase: number; rmsse: number }> = {
  "all-zero": { mase: 0.825, rmsse: 0.599 },
  naive: { mase: 1.296, rmsse: 0.733 },
  ses: { mase: 1.154, rmsse: 0.602 },
  croston: { mase: 1.346, rmsse: 0.699 },
  sba: { mase: 1.318, rmsse: 0.688 },
  tsb: { mase: 1.173, rmsse: 0.612 },
  adida: { mase: 1.166, rmsse: 0.645 },
  imapa: { mase: 1.146, rmsse: 0.622 },
}

/** The reference methods with the fixed alpha = beta = 0.1 of the published figures. */
const REFERENCE_METHODS: Record<string, (history: number[], horizon: number) => number[]> = {
  "all-zero": (_, horizon) => new Array<number>(horizon).fill(0),
  naive: (history, horizon) => naive(history, horizon),
  ses: (history, horizon) => ses(history, horizon, 0.1),
  croston: (history, horizon) => croston(history, horizon, 0.1),
  sba: (history, horizon) => sba(history, horizon, 0.1),
  tsb: (history, horizon) => tsb(history, horizon, { alpha: 0.1, beta: 0.1 }),
  adida: (history, horizon) => adida(history, horizon, 0.1),
  imapa: (history, horizon) => imapa(history, horizon, 0.1),
}

interface Scores {
  mase: number
  rmsse: number
  bias: number
  volumeBias: number
  coverage?: number
}

interface Holdout {
  histories: number[][]
  actuals: number[][]
  /** Indices of the scored series. */
  scored: number[]
}

function scoreForecasts(
  { histories, actuals, scored }: Holdout,
  forecasts: number[][],
  intervals?: { lower: number[]; upper: number[] }[]
): Scores {
  const totals = { mase: 0, rmsse: 0, bias: 0, forecastVolume: 0, actualVolume: 0 }
  let covered = 0
  let steps = 0
  for (const index of scored) {
    const history = histories[index]
    const actual = actuals[index]
    const forecast = forecasts[index]
    const errors = scaledErrors(actual, forecast, {
      mase: maseScale(history),
      rmsse: rmsseScale(history),
    })
    totals.mase += errors.mase
    totals.rmsse += errors.rmsse
    totals.bias += errors.bias
    actual.forEach((value, h) => {
      totals.forecastVolume += forecast[h]
      totals.actualVolume += value
      if (intervals && value >= intervals[index].lower[h] && value <= intervals[index].upper[h]) {
        covered++
      }
      steps++
    })
  }
  return {
    mase: totals.mase / scored.length,
    rmsse: totals.rmsse / scored.length,
    bias: totals.bias / scored.length,
    volumeBias: totals.forecastVolume / totals.actualVolume - 1,
    coverage: intervals ? covered / steps : undefined,
  }
}

const TABLE_HEADER =
  "| method | MASE | RMSSE | bias | volume bias | 80% interval coverage | seconds " +
  "| published MASE | published RMSSE |\n|---|---|---|---|---|---|---|---|---|\n"

function tableRow(
  name: string,
  scores: Scores,
  seconds: number,
  published?: { mase: number; rmsse: number }
): string {
  const cells = [
    name,
    scores.mase.toFixed(3),
    scores.rmsse.toFixed(3),
    scores.bias.toFixed(3),
    `${(100 * scores.volumeBias).toFixed(1)}%`,
    scores.coverage === undefined ? "" : `${(100 * scores.coverage).toFixed(1)}%`,
    seconds.toFixed(2),
    published?.mase.toFixed(3) ?? "",
    published?.rmsse.toFixed(3) ?? "",
  ]
  return `| ${cells.join(" | ")} |\n`
}

function timed<T>(work: () => T): { result: T; seconds: number } {
  const started = process.hrtime.bigint()
  const result = work()
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 }
}

export function main(argv: readonly string[], io: CommandIo = processIo): number {
  try {
    const options = parseArgs(argv, ["input", "holdout", "season-length", "methods"])
    if (options.has("help")) {
      io.stdout(HELP)
      return 0
    }
    const input = options.get("input")
    if (typeof input !== "string") {
      throw new UsageError("--input FILE.csv is required")
    }
    const isPositiveInteger = (v: number) => Number.isInteger(v) && v > 0
    const holdout = numberOption(options, "holdout", isPositiveInteger, "a positive integer") ?? 12
    const seasonLength =
      numberOption(options, "season-length", isPositiveInteger, "a positive integer") ?? 12
    const methodList = options.get("methods")
    const methods = (
      typeof methodList === "string" ? methodList.split(",") : ["auto", ...METHOD_NAMES]
    ) as MethodChoice[]
    for (const name of methods) {
      if (name !== "auto" && !METHOD_NAMES.includes(name)) {
        throw new UsageError(`unknown method "${name}" in --methods`)
      }
    }

    const { rows } = parseWideCsv(readFileSync(input, "utf8"))
    const complete = rows
      .map((row) => row.values)
      .filter((values): values is number[] => values.every((value) => value !== null))
    const histories = complete.map((values) => values.slice(0, values.length - holdout))
    const data: Holdout = {
      histories,
      actuals: complete.map((values) => values.slice(values.length - holdout)),
      scored: histories.flatMap((history, index) =>
        maseScale(history) > 0 && rmsseScale(history) > 0 ? [index] : []
      ),
    }
    if (data.scored.length === 0) {
      throw new UsageError("no complete series with non-zero scales to score")
    }
    io.stdout(
      `${input}: ${rows.length} series, ${complete.length} complete, ${data.scored.length} scored ` +
        `(non-zero scales); holdout ${holdout} periods.\n\n`
    )

    io.stdout(
      "Reference methods, fixed alpha = 0.1 (published figures: /work/shared/data/README.md)\n\n" +
        TABLE_HEADER
    )
    for (const [name, method] of Object.entries(REFERENCE_METHODS)) {
      const { result, seconds } = timed(() => histories.map((history) => method(history, holdout)))
      io.stdout(tableRow(name, scoreForecasts(data, result), seconds, PUBLISHED[name]))
    }

    io.stdout("\nLibrary methods (parameters optimised per series) and auto\n\n" + TABLE_HEADER)
    for (const method of methods) {
      const { result, seconds } = timed(() =>
        forecastMany(histories, { horizon: holdout, method, seasonLength })
      )
      const forecasts = result.map((forecast) => forecast.forecast)
      io.stdout(tableRow(method, scoreForecasts(data, forecasts, result), seconds))
    }
    return 0
  } catch (error) {
    io.stderr(`forecast:evaluate: ${(error as Error).message}\n`)
    if (error instanceof UsageError) {
      io.stderr("Run with --help for usage.\n")
      return 2
    }
    return 1
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2))
}
