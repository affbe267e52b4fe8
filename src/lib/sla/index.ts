export * from "./types"
export { ALWAYS_OPEN_CALENDAR, InvalidCalendarError, validateCalendar } from "./calendar"
export {
  addBusinessMinutes,
  businessMinutesBetween,
  isWorkingTime,
  nextWorkingTime,
} from "./business-time"
export { computeSlaState } from "./sla-clock"
export * from "./policy"
export * from "./ticket-sla"
export * from "./defaults"
