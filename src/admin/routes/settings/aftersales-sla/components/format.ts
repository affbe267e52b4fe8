import type { TFunction } from "i18next"

/** Business minutes as "1 h 30 min" (translated units); "-" for no target. */
export function formatMinutes(t: TFunction, minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) {
    return "-"
  }
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const parts = [
    hours ? t("aftersales.sla.units.hours", { count: hours }) : "",
    rest || !hours ? t("aftersales.sla.units.minutes", { count: rest }) : "",
  ]
  return parts.filter(Boolean).join(" ")
}
