import { Drawer, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { JsonBlock, KeyValueRow } from "../../../../components/key-value"
import { formatDateTime } from "../../../../lib/format"
import { WebhookDelivery } from "../../../../lib/types"
import { DeliveryStatusBadge } from "./webhook-status-badge"

/** Payload, response and error of one delivery attempt series. */
export const DeliveryDrawer = ({
  delivery,
  onClose,
}: {
  delivery: WebhookDelivery | null
  onClose: () => void
}) => {
  const { t, i18n } = useTranslation()

  return (
    <Drawer open={!!delivery} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content
        className="max-w-[640px]"
        data-testid="aftersales-delivery-drawer"
        aria-describedby={undefined}
      >
        <Drawer.Header>
          <Drawer.Title>{t("aftersales.deliveries.detailTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto p-0">
          {delivery && (
            <>
              <div className="divide-y">
                <KeyValueRow
                  label={t("aftersales.deliveries.fields.status")}
                  value={<DeliveryStatusBadge status={delivery.status} />}
                />
                <KeyValueRow
                  label={t("aftersales.deliveries.fields.event")}
                  value={<span className="font-mono">{delivery.event_name}</span>}
                />
                <KeyValueRow
                  label={t("aftersales.deliveries.fields.responseStatus")}
                  value={delivery.response_status ?? "-"}
                />
                <KeyValueRow
                  label={t("aftersales.deliveries.fields.attempts")}
                  value={delivery.attempts}
                />
                <KeyValueRow
                  label={t("aftersales.deliveries.fields.nextAttempt")}
                  value={formatDateTime(delivery.next_attempt_at, i18n.language)}
                />
                <KeyValueRow
                  label={t("aftersales.deliveries.fields.deliveredAt")}
                  value={formatDateTime(delivery.delivered_at, i18n.language)}
                />
                <KeyValueRow
                  label={t("aftersales.common.createdAt")}
                  value={formatDateTime(delivery.created_at, i18n.language)}
                />
              </div>
              <div className="flex flex-col gap-y-4 px-6 pb-6">
                {delivery.last_error && (
                  <div className="flex flex-col gap-y-2">
                    <Text size="small" weight="plus">
                      {t("aftersales.deliveries.fields.lastError")}
                    </Text>
                    <JsonBlock value={delivery.last_error} />
                  </div>
                )}
                <div className="flex flex-col gap-y-2">
                  <Text size="small" weight="plus">
                    {t("aftersales.deliveries.fields.payload")}
                  </Text>
                  <JsonBlock value={delivery.payload} />
                </div>
                {delivery.response_body && (
                  <div className="flex flex-col gap-y-2">
                    <Text size="small" weight="plus">
                      {t("aftersales.deliveries.fields.responseBody")}
                    </Text>
                    <JsonBlock value={delivery.response_body} />
                  </div>
                )}
              </div>
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
