import type { LeadTimeDemand } from "./types"

/**
 * Demand per period is modelled as negative binomial (Poisson when not over-dispersed) with the
 * forecast as mean and variance = dispersion × mean, a standard choice for spare-part counts.
 * Sums of such periods stay negative binomial with the same dispersion, which gives the
 * lead-time demand distribution directly.
 */

/** Above this mean the distribution is approximated by a normal one. */
const NORMAL_APPROXIMATION_MEAN = 1000

/**
 * Variance-to-mean ratio of demand (at least 1): mean squared one-step error of SES (alpha 0.1)
 * from the first demand on, over the mean demand in that span. 1 when it cannot be estimated.
 */
export function demandDispersion(history: readonly number[]): number {
  const first = history.findIndex((value) => value > 0)
  if (first < 0 || history.length - first < 2) {
    return 1
  }
  let level = history[first]
  let squaredError = 0
  let total = history[first]
  for (let t = first + 1; t < history.length; t++) {
    const error = history[t] - level
    squaredError += error * error
    total += history[t]
    level += 0.1 * error
  }
  const meanDemand = total / (history.length - first)
  const variance = squaredError / (history.length - first - 1)
  return meanDemand > 0 ? Math.max(1, variance / meanDemand) : 1
}

/**
 * Distribution of demand over a lead time of `leadTime` periods (fractional lead times take the
 * matching share of the next period): mean is the summed forecast, variance dispersion × mean.
 */
export function leadTimeDemand(
  forecast: readonly number[],
  leadTime: number,
  dispersion: number
): LeadTimeDemand {
  if (!(leadTime >= 0) || forecast.length < Math.ceil(leadTime)) {
    throw new RangeError("the forecast must cover the lead time")
  }
  let mean = 0
  for (let h = 0; h < Math.ceil(leadTime); h++) {
    mean += forecast[h] * Math.min(1, leadTime - h)
  }
  return { mean, variance: Math.max(1, dispersion) * mean }
}

/** Smallest integer x with P(D ≤ x) ≥ probability. */
export function demandQuantile(demand: LeadTimeDemand, probability: number): number {
  return demandQuantiles(demand, [probability])[0]
}

/** demandQuantile for several ascending probabilities in one pass over the distribution. */
function demandQuantiles(demand: LeadTimeDemand, ascending: readonly number[]): number[] {
  if (!(demand.mean > 0)) {
    return ascending.map(() => 0)
  }
  if (demand.mean >= NORMAL_APPROXIMATION_MEAN) {
    const sd = Math.sqrt(demand.variance)
    return ascending.map((probability) =>
      Math.max(0, Math.ceil(demand.mean + normalQuantile(probability) * sd))
    )
  }
  const quantiles: number[] = []
  const distribution = new CountDistribution(demand)
  let cumulative = 0
  for (let x = 0; quantiles.length < ascending.length; x++) {
    cumulative += distribution.next()
    while (
      quantiles.length < ascending.length &&
      (cumulative >= ascending[quantiles.length] - 1e-12 || distribution.exhausted)
    ) {
      quantiles.push(x)
    }
  }
  return quantiles
}

/** Expected demand above `stock`, E[(D − stock)⁺]. */
export function expectedShortage(demand: LeadTimeDemand, stock: number): number {
  if (!(demand.mean > 0)) {
    return 0
  }
  if (demand.mean >= NORMAL_APPROXIMATION_MEAN) {
    const sd = Math.sqrt(demand.variance)
    const z = (stock - demand.mean) / sd
    return sd * (normalDensity(z) - z * (1 - normalCdf(z)))
  }
  // E[(D − s)⁺] = mean − s + Σ_{x<s} (s − x) P(x)
  const distribution = new CountDistribution(demand)
  let below = 0
  for (let x = 0; x < stock && !distribution.exhausted; x++) {
    below += (stock - x) * distribution.next()
  }
  return Math.max(0, demand.mean - stock + below)
}

export interface InventoryTarget {
  /** Cycle service level: probability of no stock-out during a lead time (default 0.95). */
  serviceLevel?: number
  /** Fill rate: share of demand served from stock; used instead of serviceLevel when given. */
  fillRate?: number
  /** Order quantity for the fill-rate calculation (default 1). */
  orderQuantity?: number
}

/**
 * Reorder point of a continuous-review (R, Q) policy. For a cycle service level P it is the
 * P-quantile of lead-time demand; for a fill rate β it is the smallest R whose expected shortage
 * per cycle, E[(D − R)⁺], is at most (1 − β)·Q.
 */
export function reorderPoint(demand: LeadTimeDemand, target: InventoryTarget = {}): number {
  if (target.fillRate !== undefined) {
    checkProbability(target.fillRate, "fillRate")
    const allowedShortage = (1 - target.fillRate) * (target.orderQuantity ?? 1)
    let low = 0
    let high = Math.max(1, Math.ceil(demand.mean))
    while (expectedShortage(demand, high) > allowedShortage) {
      high *= 2
    }
    while (low < high) {
      const middle = Math.floor((low + high) / 2)
      if (expectedShortage(demand, middle) <= allowedShortage) {
        high = middle
      } else {
        low = middle + 1
      }
    }
    return low
  }
  const serviceLevel = target.serviceLevel ?? 0.95
  checkProbability(serviceLevel, "serviceLevel")
  return demandQuantile(demand, serviceLevel)
}

/** Safety stock: reorder point minus mean lead-time demand (negative for low targets). */
export function safetyStock(demand: LeadTimeDemand, target: InventoryTarget = {}): number {
  return reorderPoint(demand, target) - demand.mean
}

/** Per-period prediction interval bounds with central coverage `level`. */
export function predictionIntervals(
  forecast: readonly number[],
  dispersion: number,
  level: number
): { lower: number[]; upper: number[] } {
  checkProbability(level, "intervalLevel")
  const lower: number[] = []
  const upper: number[] = []
  let previousMean = NaN
  let bounds = [0, 0]
  for (const value of forecast) {
    const mean = Math.max(0, value)
    if (mean !== previousMean) {
      const demand = { mean, variance: Math.max(1, dispersion) * mean }
      bounds = demandQuantiles(demand, [(1 - level) / 2, (1 + level) / 2])
      previousMean = mean
    }
    lower.push(bounds[0])
    upper.push(bounds[1])
  }
  return { lower, upper }
}

function checkProbability(value: number, name: string): void {
  if (!(value > 0 && value < 1)) {
    throw new RangeError(`${name} must be strictly between 0 and 1, got ${value}`)
  }
}

/** Steps through P(0), P(1), … of the negative binomial (or Poisson) with this mean and variance. */
class CountDistribution {
  private probability: number
  private x = 0
  private remaining = 1
  private readonly size: number
  private readonly failure: number
  private readonly mean: number
  exhausted = false

  constructor({ mean, variance }: LeadTimeDemand) {
    const dispersion = variance / mean
    this.mean = mean
    if (dispersion <= 1 + 1e-9) {
      this.size = Infinity
      this.failure = 0
      this.probability = Math.exp(-mean)
    } else {
      this.size = mean / (dispersion - 1)
      this.failure = 1 - 1 / dispersion
      this.probability = Math.exp(-this.size * Math.log(dispersion))
    }
  }

  /** Probability of the next count; marks the distribution exhausted once the tail is negligible. */
  next(): number {
    const p = this.probability
    this.remaining -= p
    if (this.x > this.mean && (this.remaining < 1e-12 || p < 1e-16)) {
      this.exhausted = true
    }
    const x = this.x++
    this.probability *=
      this.size === Infinity ? this.mean / (x + 1) : ((x + this.size) / (x + 1)) * this.failure
    return p
  }
}

function normalDensity(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI)
}

function normalCdf(z: number): number {
  // Abramowitz-Stegun 7.1.26 on erf, absolute error below 1.5e-7.
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const erf = 1 - poly * Math.exp(-x * x)
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf)
}

function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((total, coefficient) => total * x + coefficient, 0)
}

// Acklam's rational approximation of the inverse normal CDF (relative error below 1.2e-9).
const CENTRAL_NUMERATOR = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
]
const CENTRAL_DENOMINATOR = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1,
]
const TAIL_NUMERATOR = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
]
const TAIL_DENOMINATOR = [
  0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1,
]
const TAIL_START = 0.02425

/** Inverse standard normal CDF. */
export function normalQuantile(probability: number): number {
  checkProbability(probability, "probability")
  if (probability > 1 - TAIL_START) {
    return -normalQuantile(1 - probability)
  }
  if (probability < TAIL_START) {
    const q = Math.sqrt(-2 * Math.log(probability))
    return polynomial(TAIL_NUMERATOR, q) / polynomial(TAIL_DENOMINATOR, q)
  }
  const q = probability - 0.5
  const r = q * q
  return (q * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r)
}
