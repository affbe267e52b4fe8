import { Button, Container, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../../components/permission-gate"
import { ErrorState, LoadingState, SectionHeader } from "../../../../components/states"
import type { SparePart } from "../../../../hooks/api/spare-parts"
import { useChangeStockAlert, useStockAlerts } from "../../../../hooks/api/stock"
import { formatDateTime } from "../../../../lib/format"
import { getErrorMessage } from "../../../../lib/errors"
import { AlertStatusBadge } from "../../components/stock-status-badge"

/** Unresolved low-stock and stockout alerts of the part, with acknowledge and resolve. */
export const AlertsSection = ({ part }: { part: SparePart }) => {
  const { t, i18n } = useTranslation()
  const { stock_alerts, isPending, isError, error, refetch } = useStockAlerts({
    part_id: part.id,
    status: ["open", "acknowledged"],
    limit: 20,
  })
  const change = useChangeStockAlert()

  if (isPending) {
    return <LoadingState rows={1} />
  }
  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const act = async (id: string, action: "acknowledge" | "resolve") => {
    try {
      await change.mutateAsync({ id, action })
      toast.success(t(`aftersales.stock.alerts.done.${action}`))
    } catch (err) {
      toast.error(getErrorMessage(err, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-alerts-section">
      <SectionHeader title={t("aftersales.stock.alerts.sectionTitle")} />
      {!stock_alerts?.length ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("aftersales.stock.alerts.none")}
          </Text>
        </div>
      ) : (
        stock_alerts.map((alert) => (
          <div key={alert.id} className="flex flex-col gap-y-2 px-6 py-4" data-testid="aftersales-part-alert">
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" weight="plus">
                {t(`aftersales.stock.alerts.types.${alert.type}`)} · {alert.location_name ?? alert.location_id}
              </Text>
              <AlertStatusBadge status={alert.status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {t("aftersales.stock.alerts.detail", {
                available: alert.available,
                reorderPoint: alert.reorder_point,
                suggested: alert.suggested_quantity,
              })}
            </Text>
            <Text size="xsmall" className="text-ui-fg-muted">
              {formatDateTime(alert.raised_at, i18n.language)}
            </Text>
            <PermissionGate permission="spare_parts:write">
              <div className="flex gap-x-2">
                {alert.status === "open" && (
                  <Button size="small" variant="secondary" onClick={() => act(alert.id, "acknowledge")}>
                    {t("aftersales.stock.alerts.acknowledge")}
                  </Button>
                )}
                <Button size="small" variant="secondary" onClick={() => act(alert.id, "resolve")}>
                  {t("aftersales.stock.alerts.resolve")}
                </Button>
              </div>
            </PermissionGate>
          </div>
        ))
      )}
    </Container>
  )
}
