import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

const COLORS = { ok: "green", low_stock: "orange", stockout: "red" } as const

export const StockStatusBadge = ({ status }: { status: "ok" | "low_stock" | "stockout" }) => {
  const { t } = useTranslation()
  return <StatusBadge color={COLORS[status]}>{t(`aftersales.stock.statuses.${status}`)}</StatusBadge>
}

const ALERT_COLORS = { open: "red", acknowledged: "orange", resolved: "grey" } as const

export const AlertStatusBadge = ({ status }: { status: "open" | "acknowledged" | "resolved" }) => {
  const { t } = useTranslation()
  return <StatusBadge color={ALERT_COLORS[status]}>{t(`aftersales.stock.alerts.statuses.${status}`)}</StatusBadge>
}
