import { Badge } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"

import { ScrapStatus } from "../../../hooks/api/parts-demand"
import { useStockLocations } from "../../../hooks/api/procurement"
import { toBcp47 } from "../../../lib/format"

const STATUS_COLORS: Record<ScrapStatus, "orange" | "blue" | "red" | "green" | "grey"> = {
  requested: "orange",
  approved: "blue",
  rejected: "red",
  disposed: "green",
  canceled: "grey",
}

export const ScrapStatusBadge = ({ status }: { status: ScrapStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={STATUS_COLORS[status]} data-testid="aftersales-scrap-status" data-status={status}>
      {t(`aftersales.scrap.statuses.${status}`)}
    </Badge>
  )
}

export const useLocationNames = () => {
  const { stock_locations } = useStockLocations()
  return useMemo(
    () => ({
      names: new Map((stock_locations ?? []).map((location) => [location.id, location.name])),
      list: stock_locations ?? [],
    }),
    [stock_locations]
  )
}

export const useFormatAmount = () => {
  const { i18n } = useTranslation()
  return (amount: number | null | undefined, currencyCode: string) => {
    if (amount === null || amount === undefined) {
      return "-"
    }
    try {
      return new Intl.NumberFormat(toBcp47(i18n.language), { style: "currency", currency: currencyCode.toUpperCase() }).format(
        Number(amount)
      )
    } catch {
      return `${Number(amount).toFixed(2)} ${currencyCode.toUpperCase()}`
    }
  }
}
