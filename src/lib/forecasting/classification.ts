import type { DemandClass } from "./types"

/** Syntetos-Boylan cut-off on the average inter-demand interval. */
export const ADI_CUTOFF = 1.32
/** Syntetos-Boylan cut-off on the squared coefficient of variation of non-zero demand sizes. */
export const CV2_CUTOFF = 0.49

export interface DemandProfile {
  class: DemandClass
  /** Average inter-demand interval, counted from the first demand (Infinity without demand). */
  adi: number
  /** Squared coefficient of variation of the non-zero demand sizes (0 with fewer than two). */
  cv2: number
  demandCount: number
}

/**
 * Classifies a demand history (Syntetos-Boylan-Croston scheme): smooth (ADI < 1.32, CV² < 0.49),
 * erratic (ADI < 1.32, CV² ≥ 0.49), intermittent (ADI ≥ 1.32, CV² < 0.49) or lumpy (both high);
 * "no-demand" when no period has positive demand. Leading zeros are ignored, since a part
 * introduced late should not look intermittent because of the periods before its introduction.
 */
export function classifyDemand(series: readonly number[]): DemandProfile {
  const first = series.findIndex((value) => value > 0)
  if (first < 0) {
    return { class: "no-demand", adi: Infinity, cv2: 0, demandCount: 0 }
  }
  let count = 0
  let sum = 0
  let sumSquares = 0
  for (let t = first; t < series.length; t++) {
    const value = series[t]
    if (value > 0) {
      count++
      sum += value
      sumSquares += value * value
    }
  }
  const adi = (series.length - first) / count
  const mean = sum / count
  const variance = Math.max(0, sumSquares / count - mean * mean)
  const cv2 = count > 1 ? variance / (mean * mean) : 0
  const frequent = adi < ADI_CUTOFF
  const variable = cv2 >= CV2_CUTOFF
  const demandClass: DemandClass = frequent
    ? variable
      ? "erratic"
      : "smooth"
    : variable
      ? "lumpy"
      : "intermittent"
  return { class: demandClass, adi, cv2, demandCount: count }
}
