import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { LifecycleStage } from "../../hooks/api/customer-profiles"

const LIFECYCLE_COLORS: Record<LifecycleStage, "grey" | "blue" | "green" | "orange"> = {
  potential: "grey",
  new: "blue",
  returning: "green",
  dormant: "orange",
}

export const LifecycleBadge = ({ stage }: { stage: LifecycleStage }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={LIFECYCLE_COLORS[stage]} data-testid="aftersales-lifecycle-badge">
      {t(`aftersales.customerProfiles.lifecycle.${stage}`)}
    </Badge>
  )
}

export const TierBadge = ({ code, name }: { code: string | null; name?: string }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={code ? "purple" : "grey"} data-testid="aftersales-tier-badge">
      {code ? name ?? code : t("aftersales.customerProfiles.noTier")}
    </Badge>
  )
}

/** Money in the admin's locale, e.g. "€1,234.50". */
export function formatMoney(amount: number | string, currencyCode: string | null, locale?: string) {
  const value = Number(amount)
  if (!currencyCode) {
    return value.toLocaleString(locale)
  }
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
  } catch {
    return `${value.toLocaleString(locale)} ${currencyCode.toUpperCase()}`
  }
}
