import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { ALL_EVENTS } from "./webhook-form-drawer"

export const WebhookEventsCell = ({ events }: { events: string[] }) => {
  const { t } = useTranslation()
  if (events.includes(ALL_EVENTS)) {
    return (
      <Badge size="2xsmall" color="blue">
        {t("aftersales.webhooks.form.allEvents")}
      </Badge>
    )
  }
  return <>{t("aftersales.webhooks.eventCount", { count: events.length })}</>
}
