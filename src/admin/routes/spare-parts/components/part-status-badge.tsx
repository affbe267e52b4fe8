import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { SparePartStatus } from "../../../hooks/api/spare-parts"

const COLORS: Record<SparePartStatus, "green" | "orange" | "grey"> = {
  active: "green",
  phase_out: "orange",
  obsolete: "grey",
}

export const PartStatusBadge = ({ status }: { status: SparePartStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={COLORS[status]} data-testid="aftersales-part-status">
      {t(`aftersales.spareParts.statuses.${status}`)}
    </Badge>
  )
}
