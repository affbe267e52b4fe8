const GOLDEN = (Math.sqrt(5) - 1) / 2

/** Minimises a function on [lower, upper]: coarse grid, then golden-section search. */
export function minimiseScalar(
  objective: (x: number) => number,
  lower: number,
  upper: number,
  gridPoints = 8,
  iterations = 12
): number {
  let best = lower
  let bestValue = Infinity
  const step = (upper - lower) / (gridPoints - 1)
  for (let i = 0; i < gridPoints; i++) {
    const x = lower + i * step
    const value = objective(x)
    if (value < bestValue) {
      bestValue = value
      best = x
    }
  }
  let a = Math.max(lower, best - step)
  let b = Math.min(upper, best + step)
  let c = b - GOLDEN * (b - a)
  let d = a + GOLDEN * (b - a)
  let fc = objective(c)
  let fd = objective(d)
  for (let i = 0; i < iterations; i++) {
    if (fc < fd) {
      b = d
      d = c
      fd = fc
      c = b - GOLDEN * (b - a)
      fc = objective(c)
    } else {
      a = c
      c = d
      fc = fd
      d = a + GOLDEN * (b - a)
      fd = objective(d)
    }
  }
  const candidate = fc < fd ? c : d
  return Math.min(fc, fd) < bestValue ? candidate : best
}

/**
 * Nelder-Mead simplex search inside a box: points are clamped into [lower, upper] before every
 * evaluation, which is enough for the few smoothing parameters optimised here.
 */
export function minimiseBox(
  objective: (x: number[]) => number,
  start: number[],
  lower: number[],
  upper: number[],
  maxEvaluations = 200
): number[] {
  const dimension = start.length
  const clamp = (x: number[]) => x.map((v, i) => Math.min(upper[i], Math.max(lower[i], v)))
  const evaluate = (x: number[]) => objective(clamp(x))
  const simplex: { x: number[]; value: number }[] = [{ x: clamp(start), value: evaluate(start) }]
  for (let i = 0; i < dimension; i++) {
    const x = clamp(start).slice()
    const span = (upper[i] - lower[i]) * 0.25
    x[i] = x[i] + span <= upper[i] ? x[i] + span : x[i] - span
    simplex.push({ x, value: evaluate(x) })
  }
  let evaluations = dimension + 1
  while (evaluations < maxEvaluations) {
    simplex.sort((p, q) => p.value - q.value)
    const worst = simplex[dimension]
    const centroid = new Array<number>(dimension).fill(0)
    for (let i = 0; i < dimension; i++) {
      for (let j = 0; j < dimension; j++) {
        centroid[j] += simplex[i].x[j] / dimension
      }
    }
    const along = (factor: number) => centroid.map((c, j) => c + factor * (worst.x[j] - c))
    const reflected = along(-1)
    const reflectedValue = evaluate(reflected)
    evaluations++
    if (reflectedValue < simplex[0].value) {
      const expanded = along(-2)
      const expandedValue = evaluate(expanded)
      evaluations++
      simplex[dimension] =
        expandedValue < reflectedValue
          ? { x: expanded, value: expandedValue }
          : { x: reflected, value: reflectedValue }
    } else if (reflectedValue < simplex[dimension - 1].value) {
      simplex[dimension] = { x: reflected, value: reflectedValue }
    } else {
      const contracted = along(0.5)
      const contractedValue = evaluate(contracted)
      evaluations++
      if (contractedValue < worst.value) {
        simplex[dimension] = { x: contracted, value: contractedValue }
      } else {
        for (let i = 1; i <= dimension; i++) {
          simplex[i].x = simplex[i].x.map((v, j) => simplex[0].x[j] + 0.5 * (v - simplex[0].x[j]))
          simplex[i].value = evaluate(simplex[i].x)
        }
        evaluations += dimension
      }
    }
    const spread = simplex[dimension].value - simplex[0].value
    if (Math.abs(spread) <= 1e-10 * (Math.abs(simplex[0].value) + 1e-12)) {
      break
    }
  }
  simplex.sort((p, q) => p.value - q.value)
  return clamp(simplex[0].x)
}
