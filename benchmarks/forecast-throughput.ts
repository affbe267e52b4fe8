/**
 * Throughput of the forecasting library on synthetic daily spare-part demand: by default 30,000
 * series of 2,000 days. Prints series/s and points/s for a baseline (SES with a fixed alpha,
 * level only), the full pipeline with SES (alpha optimised, rolling-origin backtest, intervals)
 * and the full pipeline with "auto", plus ratios against the baselines measured in the same run.
 *
 * Usage: npm run bench:forecast [-- --series 30000 --length 2000 --horizon 28]
 */
import * as os from "os"
import { forecastMany } from "../src/lib/forecasting"
import { sesLevel } from "../src/lib/forecasting/methods/smoothing"

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} must be a positive integer`)
  }
  return value
}

/**
 * Deterministic mix close to spare parts: 70% intermittent or lumpy, 30% smooth with a weekly
 * pattern; 30% of the parts start late and 20% stop selling.
 */
function syntheticDemand(seriesCount: number, length: number): number[][] {
  let state = 20240601
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  const poisson = (mean: number) => {
    if (mean > 30) {
      const noise = (random() + random() + random() - 1.5) * 2
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * noise))
    }
    const limit = Math.exp(-mean)
    let count = 0
    for (let product = random(); product > limit; product *= random()) {
      count++
    }
    return count
  }
  return Array.from({ length: seriesCount }, () => {
    const kind = random()
    const start = random() < 0.3 ? Math.floor(random() * length * 0.6) : 0
    const end = random() < 0.2 ? start + Math.floor(random() * (length - start)) : length
    const series = new Array<number>(length).fill(0)
    if (kind < 0.7) {
      // intermittent or lumpy: a demand every 5 to 60 days, sizes around 1 to 4 (lumpy: up to 40)
      const probability = 1 / (5 + random() * 55)
      const size = 1 + random() * 3
      const lumpy = kind > 0.5
      for (let t = start; t < end; t++) {
        if (random() < probability) {
          series[t] = 1 + poisson(lumpy ? size * (1 + 9 * random()) : size - 1)
        }
      }
    } else {
      // smooth or erratic: weekly pattern around a level of 2 to 30 units a day
      const level = 2 + random() * 28
      const weekly = Array.from({ length: 7 }, () => 0.6 + 0.8 * random())
      for (let t = start; t < end; t++) {
        series[t] = poisson(level * weekly[t % 7])
      }
    }
    return series
  })
}

function measure(label: string, work: () => void) {
  const cpuBefore = process.cpuUsage()
  const started = process.hrtime.bigint()
  work()
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const cpu = process.cpuUsage(cpuBefore)
  return { label, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }
}

function main(): void {
  const seriesCount = option("series", 30_000)
  const length = option("length", 2_000)
  const horizon = option("horizon", 28)
  process.stderr.write(`generating ${seriesCount} series of ${length} days...\n`)
  const series = syntheticDemand(seriesCount, length)
  const points = seriesCount * length
  const progress = (label: string) => (done: number, total: number, stage: string) => {
    if (done === total || done % 5000 === 0) {
      process.stderr.write(`  ${label} ${stage}: ${done}/${total}\n`)
    }
  }

  const runs = [
    measure("SES level, fixed alpha (baseline)", () => {
      let total = 0
      for (const values of series) {
        total += sesLevel(values, 0.1)
      }
      if (!Number.isFinite(total)) {
        throw new Error("non-finite forecast")
      }
    }),
    measure("forecastMany, method ses", () => {
      forecastMany(series, { horizon, method: "ses", seasonLength: 7 }, progress("ses"))
    }),
    measure("forecastMany, method auto", () => {
      const options = { horizon, method: "auto" as const, seasonLength: 7, leadTime: 7 }
      forecastMany(series, options, progress("auto"))
    }),
  ]

  const [baseline, sesPipeline] = runs
  const rate = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString("en-US")
  console.log(
    `Forecast throughput: ${seriesCount} series x ${length} daily points, horizon ${horizon}, ` +
      `node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs\n`
  )
  console.log(
    "| run | wall s | CPU s | series/s | points/s | series/CPU-s | points/CPU-s " +
      "| CPU time vs baseline | CPU time vs ses pipeline |"
  )
  console.log("|---|---|---|---|---|---|---|---|---|")
  for (const run of runs) {
    const cells = [
      run.label,
      run.seconds.toFixed(2),
      run.cpuSeconds.toFixed(2),
      rate(seriesCount, run.seconds),
      rate(points, run.seconds),
      rate(seriesCount, run.cpuSeconds),
      rate(points, run.cpuSeconds),
      `${(run.cpuSeconds / baseline.cpuSeconds).toFixed(1)}x`,
      `${(run.cpuSeconds / sesPipeline.cpuSeconds).toFixed(1)}x`,
    ]
    console.log(`| ${cells.join(" | ")} |`)
  }
}

main()
