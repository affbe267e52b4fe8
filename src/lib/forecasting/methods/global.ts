/**
 * Global (cross-series) model: one linear model shared by all parts, fitted on every part's
 * in-sample windows (origin t, target the mean demand over the next H periods). Inputs and target
 * are divided by the part's mean demand since its first demand, so slow and fast movers share
 * coefficients. Inputs: SES levels (alpha 0.05, 0.1, 0.2, 0.4), mean demand over the last H/4,
 * H/2, H and 2H periods and a constant, repeated for four groups (all parts; parts already selling
 * when the data starts, whose age is unknown; other parts, weighted by age up to 3H; parts without
 * demand for H/2 periods or more), plus the share of periods with demand among the last H.
 * The fit minimises the mean RMSSE of the windows (iteratively reweighted least squares) subject
 * to a zero mean scaled error, so the model learns how far to trust recent demand, how dormant and
 * old parts fade out and how new parts ramp up, without drifting low overall.
 */

const SES_ALPHAS = [0.05, 0.1, 0.2, 0.4]
const LEVEL_COUNT = SES_ALPHAS.length + 4 + 1
const GROUP_COUNT = 4
const FEATURE_COUNT = LEVEL_COUNT * GROUP_COUNT + 1
const RIDGE = 1e-3
const REWEIGHTING_PASSES = 4
/** Window RMSSE below which a window's weight stops growing in the reweighting. */
const RMSSE_FLOOR = 0.05

export interface GlobalModelOptions {
  horizon: number
  /** Cap on training windows; long series are sampled evenly. Default 50,000. */
  maxTrainingRows?: number
}

interface FeatureLayout {
  horizon: number
  windows: number[]
  dormancy: number
  startCensoring: number
  ageCap: number
  firstOrigin: number
}

function layoutFor(horizon: number): FeatureLayout {
  const half = Math.max(1, Math.round(horizon / 2))
  return {
    horizon,
    windows: [Math.max(1, Math.round(horizon / 4)), half, horizon, 2 * horizon],
    dormancy: half,
    startCensoring: half,
    ageCap: 3 * horizon,
    firstOrigin: Math.max(2, half),
  }
}

/** What a row needs besides its features: mean demand since the first demand, RMSSE scale. */
interface WindowSummary {
  origin: number
  level: number
  scale: number
  /** Bit g set when feature group g is non-zero. */
  activeGroups: number
}

/**
 * Walks the series once and, at each origin (ascending), writes the features of history[0..origin)
 * into `output` and calls `emit`. Origins before the first demand, or with a non-positive mean
 * demand, are skipped.
 */
function extractFeatures(
  series: readonly number[],
  origins: readonly number[],
  layout: FeatureLayout,
  output: Float64Array,
  emit: (summary: WindowSummary) => void
): void {
  const n = series.length
  const levels = new Float64Array(SES_ALPHAS.length)
  const groups = new Float64Array(GROUP_COUNT)
  let first = -1
  let lastDemand = -1
  let sumSinceFirst = 0
  let squaredDifferences = 0
  let next = 0
  for (let t = 0; t <= n && next < origins.length; t++) {
    while (next < origins.length && origins[next] === t) {
      if (first >= 0) {
        writeRow(t)
      }
      next++
    }
    if (t === n) {
      break
    }
    const value = series[t]
    if (first < 0 && value !== 0) {
      first = t
      levels.fill(value)
    } else if (first >= 0) {
      const difference = value - series[t - 1]
      squaredDifferences += difference * difference
      for (let a = 0; a < SES_ALPHAS.length; a++) {
        levels[a] += SES_ALPHAS[a] * (value - levels[a])
      }
    }
    if (first >= 0) {
      sumSinceFirst += value
    }
    if (value > 0) {
      lastDemand = t
    }
  }

  function writeRow(origin: number): void {
    const level = sumSinceFirst / (origin - first)
    if (!(level > 0)) {
      return
    }
    let k = 0
    for (let a = 0; a < SES_ALPHAS.length; a++) {
      output[k++] = levels[a] / level
    }
    // The windows are ascending, so one backward pass fills all of them.
    let windowSum = 0
    let t = origin
    for (const window of layout.windows) {
      const from = Math.max(0, origin - window)
      for (; t > from; t--) {
        windowSum += series[t - 1]
      }
      output[k++] = windowSum / (origin - from) / level
    }
    output[k] = 1
    const censored = first < layout.startCensoring ? 1 : 0
    const dormantFor = lastDemand < 0 ? origin : origin - 1 - lastDemand
    groups[0] = 1
    groups[1] = censored
    groups[2] = (1 - censored) * (Math.min(origin - first, layout.ageCap) / layout.ageCap)
    groups[3] = dormantFor >= layout.dormancy ? 1 : 0
    let activeGroups = 1
    for (let g = 1; g < GROUP_COUNT; g++) {
      const factor = groups[g]
      if (factor !== 0) {
        activeGroups |= 1 << g
      }
      for (let v = 0; v < LEVEL_COUNT; v++) {
        output[g * LEVEL_COUNT + v] = factor * output[v]
      }
    }
    const recent = Math.min(layout.horizon, origin)
    let demandPeriods = 0
    for (let u = origin - recent; u < origin; u++) {
      demandPeriods += series[u] > 0 ? 1 : 0
    }
    output[FEATURE_COUNT - 1] = demandPeriods / recent
    const scale = origin - first > 1 ? squaredDifferences / (origin - first - 1) : 0
    emit({ origin, level, scale, activeGroups })
  }
}

/** Indices of the non-zero features of a row with these active groups (the last feature always). */
function activeFeatureIndices(activeGroups: number): Int32Array {
  const indices: number[] = []
  for (let g = 0; g < GROUP_COUNT; g++) {
    if (activeGroups & (1 << g)) {
      for (let v = 0; v < LEVEL_COUNT; v++) {
        indices.push(g * LEVEL_COUNT + v)
      }
    }
  }
  indices.push(FEATURE_COUNT - 1)
  return Int32Array.from(indices)
}

const ACTIVE_INDICES = Array.from({ length: 1 << GROUP_COUNT }, (_, mask) =>
  activeFeatureIndices(mask)
)

/** Training windows stored column-wise: one row per (series, origin). */
interface TrainingRows {
  count: number
  features: Float64Array
  activeGroups: Uint8Array
  series: Int32Array
  origin: Int32Array
  level: Float64Array
  scale: Float64Array
  /** Sum and sum of squares of the next `horizon` values divided by the level. */
  targetSum: Float64Array
  targetSquares: Float64Array
}

/**
 * Training windows of every series, computed once and reused by all fits (the backtest fits
 * just use the windows that end before their origin).
 */
export class GlobalTrainingSet {
  readonly layout: FeatureLayout
  private readonly rows: TrainingRows

  constructor(histories: readonly (readonly number[])[], options: GlobalModelOptions) {
    const layout = layoutFor(options.horizon)
    this.layout = layout
    const horizon = options.horizon
    const maxRows = options.maxTrainingRows ?? 50_000
    const perSeries = Math.max(2, Math.floor(maxRows / Math.max(1, histories.length)))
    const originsOf = histories.map((series) => {
      const last = series.length - horizon
      const available = last - layout.firstOrigin + 1
      const origins: number[] = []
      if (available > 0) {
        const stride = Math.max(1, Math.ceil(available / perSeries))
        const earliest = last - stride * Math.floor((last - layout.firstOrigin) / stride)
        for (let t = earliest; t <= last; t += stride) {
          origins.push(t)
        }
      }
      return origins
    })
    const capacity = originsOf.reduce((total, origins) => total + origins.length, 0)
    const rows: TrainingRows = {
      count: 0,
      features: new Float64Array(capacity * FEATURE_COUNT),
      activeGroups: new Uint8Array(capacity),
      series: new Int32Array(capacity),
      origin: new Int32Array(capacity),
      level: new Float64Array(capacity),
      scale: new Float64Array(capacity),
      targetSum: new Float64Array(capacity),
      targetSquares: new Float64Array(capacity),
    }
    const buffer = new Float64Array(FEATURE_COUNT)
    histories.forEach((series, index) => {
      extractFeatures(series, originsOf[index], layout, buffer, (summary) => {
        if (!(summary.scale > 0)) {
          return
        }
        const r = rows.count++
        rows.features.set(buffer, r * FEATURE_COUNT)
        rows.activeGroups[r] = summary.activeGroups
        rows.series[r] = index
        rows.origin[r] = summary.origin
        rows.level[r] = summary.level
        rows.scale[r] = summary.scale
        let targetSum = 0
        let targetSquares = 0
        for (let t = summary.origin; t < summary.origin + horizon; t++) {
          const scaled = series[t] / summary.level
          targetSum += scaled
          targetSquares += scaled * scaled
        }
        rows.targetSum[r] = targetSum
        rows.targetSquares[r] = targetSquares
      })
    })
    this.rows = rows
  }

  /**
   * Fits the model on the windows whose targets end before `historyEnd(series)` (all windows
   * when omitted). Returns null when there are too few windows to fit.
   */
  fit(historyEnd?: (series: number) => number): GlobalModel | null {
    const horizon = this.layout.horizon
    const selected: number[] = []
    for (let r = 0; r < this.rows.count; r++) {
      if (!historyEnd || this.rows.origin[r] + horizon <= historyEnd(this.rows.series[r])) {
        selected.push(r)
      }
    }
    if (selected.length < 2 * FEATURE_COUNT) {
      return null
    }
    const coefficients = fitRmsseRegression(this.rows, Int32Array.from(selected), horizon)
    return coefficients ? new GlobalModel(this.layout, coefficients) : null
  }
}

export class GlobalModel {
  constructor(
    private readonly layout: FeatureLayout,
    readonly coefficients: Float64Array
  ) {}

  /** Flat forecast of the mean demand over the model's horizon; zero for parts without demand. */
  predictLevel(history: readonly number[]): number {
    const features = new Float64Array(FEATURE_COUNT)
    let result = 0
    extractFeatures(history, [history.length], this.layout, features, ({ level }) => {
      let prediction = 0
      for (let i = 0; i < FEATURE_COUNT; i++) {
        prediction += this.coefficients[i] * features[i]
      }
      result = Math.max(0, prediction * level)
    })
    return result
  }
}

/**
 * Minimises Σ rows RMSSE(row) by iteratively reweighted ridge least squares, with the linear
 * constraint Σ rows (forecast − actual)/√scale = 0 solved exactly through its KKT system.
 */
function fitRmsseRegression(
  rows: TrainingRows,
  selected: Int32Array,
  horizon: number
): Float64Array | null {
  const d = FEATURE_COUNT
  const size = d + 1
  const { features } = rows
  const baseWeights = new Float64Array(selected.length)
  const constraint = new Float64Array(d)
  let constraintTarget = 0
  for (let s = 0; s < selected.length; s++) {
    const r = selected[s]
    baseWeights[s] = (rows.level[r] * rows.level[r]) / rows.scale[r]
    const factor = rows.level[r] / Math.sqrt(rows.scale[r])
    const active = ACTIVE_INDICES[rows.activeGroups[r]]
    for (let a = 0; a < active.length; a++) {
      constraint[active[a]] += factor * features[r * d + active[a]]
    }
    constraintTarget += (factor * rows.targetSum[r]) / horizon
  }
  const weights = baseWeights.slice()
  const constrained = constraintTarget > 0
  let coefficients: Float64Array | null = null
  for (let pass = 0; pass < REWEIGHTING_PASSES; pass++) {
    const matrix = new Float64Array(size * size)
    const rhs = new Float64Array(size)
    let totalWeight = 0
    for (let s = 0; s < selected.length; s++) {
      const r = selected[s]
      const weight = weights[s]
      totalWeight += weight
      const target = rows.targetSum[r] / horizon
      const active = ACTIVE_INDICES[rows.activeGroups[r]]
      const offset = r * d
      for (let a = 0; a < active.length; a++) {
        const i = active[a]
        const weighted = weight * features[offset + i]
        rhs[i] += weighted * target
        const matrixRow = i * size
        for (let b = a; b < active.length; b++) {
          const j = active[b]
          matrix[matrixRow + j] += weighted * features[offset + j]
        }
      }
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < i; j++) {
        matrix[i * size + j] = matrix[j * size + i]
      }
      matrix[i * size + i] += RIDGE * totalWeight
    }
    if (constrained) {
      // Rescaled so the constraint row has the magnitude of the normal equations.
      const factor = totalWeight / constraintTarget
      for (let i = 0; i < d; i++) {
        matrix[d * size + i] = constraint[i] * factor
        matrix[i * size + d] = constraint[i] * factor
      }
      rhs[d] = constraintTarget * factor
    } else {
      matrix[d * size + d] = 1
    }
    const solution = solveLinearSystem(matrix, rhs, size)
    if (!solution) {
      return coefficients
    }
    const beta = solution.subarray(0, d)
    coefficients = beta
    for (let s = 0; s < selected.length; s++) {
      const r = selected[s]
      const offset = r * d
      const active = ACTIVE_INDICES[rows.activeGroups[r]]
      let prediction = 0
      for (let a = 0; a < active.length; a++) {
        prediction += beta[active[a]] * features[offset + active[a]]
      }
      const squaredError = Math.max(
        0,
        rows.targetSquares[r] -
          2 * prediction * rows.targetSum[r] +
          horizon * prediction * prediction
      )
      const windowRmsse = Math.sqrt((squaredError * baseWeights[s]) / horizon)
      weights[s] = baseWeights[s] / Math.max(windowRmsse, RMSSE_FLOOR)
    }
  }
  return coefficients
}

/** Gaussian elimination with partial pivoting on a dense row-major matrix; null if singular. */
function solveLinearSystem(
  matrix: Float64Array,
  rhs: Float64Array,
  size: number
): Float64Array | null {
  const a = matrix.slice()
  const b = rhs.slice()
  for (let column = 0; column < size; column++) {
    let pivot = column
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(a[row * size + column]) > Math.abs(a[pivot * size + column])) {
        pivot = row
      }
    }
    if (Math.abs(a[pivot * size + column]) < 1e-300) {
      return null
    }
    if (pivot !== column) {
      for (let k = 0; k < size; k++) {
        const swap = a[column * size + k]
        a[column * size + k] = a[pivot * size + k]
        a[pivot * size + k] = swap
      }
      const swap = b[column]
      b[column] = b[pivot]
      b[pivot] = swap
    }
    for (let row = column + 1; row < size; row++) {
      const factor = a[row * size + column] / a[column * size + column]
      if (factor === 0) {
        continue
      }
      for (let k = column; k < size; k++) {
        a[row * size + k] -= factor * a[column * size + k]
      }
      b[row] -= factor * b[column]
    }
  }
  const x = new Float64Array(size)
  for (let row = size - 1; row >= 0; row--) {
    let total = b[row]
    for (let k = row + 1; k < size; k++) {
      total -= a[row * size + k] * x[k]
    }
    x[row] = total / a[row * size + row]
  }
  return x
}
