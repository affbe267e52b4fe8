import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import type { StocktakeStatus } from "../../../hooks/api/stock"

const COLORS: Record<StocktakeStatus, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  open: "blue",
  counting: "blue",
  submitted: "orange",
  approved: "purple",
  posted: "green",
  canceled: "grey",
}

export const StocktakeStatusBadge = ({ status }: { status: StocktakeStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLORS[status]} data-testid="aftersales-stocktake-status">
      {t(`aftersales.stock.stocktakes.statuses.${status}`)}
    </StatusBadge>
  )
}
