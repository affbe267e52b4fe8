import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { WebhookDeliveryStatus } from "../../../../lib/types"

export const WebhookActiveBadge = ({ active }: { active: boolean }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={active ? "green" : "grey"}>
      {active
        ? t("aftersales.webhooks.status.active")
        : t("aftersales.webhooks.status.inactive")}
    </StatusBadge>
  )
}

const DELIVERY_COLORS: Record<WebhookDeliveryStatus, "green" | "red" | "orange"> = {
  succeeded: "green",
  failed: "red",
  pending: "orange",
}

export const DeliveryStatusBadge = ({
  status,
}: {
  status: WebhookDeliveryStatus
}) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={DELIVERY_COLORS[status] ?? "grey"}>
      {t(`aftersales.deliveries.status.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
