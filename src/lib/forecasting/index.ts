export { forecast, forecastMany, AUTO_CANDIDATES } from "./forecast"
export { classifyDemand, ADI_CUTOFF, CV2_CUTOFF, type DemandProfile } from "./classification"
export {
  METHODS,
  METHOD_NAMES,
  isMethodName,
  type MethodDefinition,
  type MethodParameters,
} from "./methods"
export { GlobalTrainingSet, GlobalModel, type GlobalModelOptions } from "./methods/global"
export { mase, rmsse, bias, maseScale, rmsseScale } from "./metrics"
export {
  demandDispersion,
  leadTimeDemand,
  reorderPoint,
  safetyStock,
  predictionIntervals,
  demandQuantile,
  expectedShortage,
  type InventoryTarget,
} from "./uncertainty"
export { learnCombinationWeights, backtestOrigins } from "./selection"
export { cleanHistory } from "./series"
export type * from "./types"
export { applyForwardSignals, installedBaseDemand, type ForwardSignals, type InstalledBaseCohort, type SignalAdjustment } from "./forward-signals"
