import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { PermissionGate, RequirePermission } from "../../../components/permission-gate"
import { PagePager } from "../../../components/spare-parts/page-pager"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "../../../components/states"
import { useChangeStockAlert, useStockAlerts } from "../../../hooks/api/stock"
import { getErrorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import { AlertStatusBadge } from "../components/stock-status-badge"
import { RequisitionFromAlertButton } from "../../procurement/components/requisition-from-alert-button"

const FILTERS = {
  unresolved: ["open", "acknowledged"],
  open: ["open"],
  acknowledged: ["acknowledged"],
  resolved: ["resolved"],
  all: undefined,
} as const
type Filter = keyof typeof FILTERS

const PAGE_SIZE = 25

const StockAlertsList = () => {
  const { t, i18n } = useTranslation()
  const [filter, setFilter] = useState<Filter>("unresolved")
  const [page, setPage] = useState(0)
  const { stock_alerts, count, isPending, isError, error, refetch } = useStockAlerts({
    ...(FILTERS[filter] ? { status: FILTERS[filter] } : {}),
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const change = useChangeStockAlert()

  const act = async (id: string, action: "acknowledge" | "resolve") => {
    try {
      await change.mutateAsync({ id, action })
      toast.success(t(`aftersales.stock.alerts.done.${action}`))
    } catch (err) {
      toast.error(getErrorMessage(err, t("aftersales.common.unknownError")))
    }
  }

  const pages = Math.max(1, Math.ceil((count ?? 0) / PAGE_SIZE))

  return (
    <Container className="divide-y p-0" data-testid="aftersales-stock-alerts-page">
      <SectionHeader
        level="h1"
        title={t("aftersales.stock.alerts.title")}
        description={t("aftersales.stock.alerts.description")}
        actions={
          <Select
            size="small"
            value={filter}
            onValueChange={(value) => {
              setFilter(value as Filter)
              setPage(0)
            }}
          >
            <Select.Trigger data-testid="aftersales-stock-alerts-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.keys(FILTERS) as Filter[]).map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`aftersales.stock.alerts.filters.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        }
      />
      {isPending ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !stock_alerts?.length ? (
        <EmptyState inline title={t("aftersales.stock.alerts.empty")} />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.stock.alerts.columns.raised")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.alerts.columns.part")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.columns.location")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.alerts.columns.type")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.available")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.reorderPoint")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.alerts.columns.suggested")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.columns.status")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {stock_alerts.map((alert) => (
                <Table.Row key={alert.id} data-testid="aftersales-stock-alert-row">
                  <Table.Cell>{formatDateTime(alert.raised_at, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    <Link to={`/spare-parts/${alert.part_id}`} className="text-ui-fg-interactive">
                      {alert.part_number ?? alert.part_id}
                    </Link>
                    {alert.part_name && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {alert.part_name}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>{alert.location_name ?? alert.location_id}</Table.Cell>
                  <Table.Cell>{t(`aftersales.stock.alerts.types.${alert.type}`)}</Table.Cell>
                  <Table.Cell className="text-right">{alert.available}</Table.Cell>
                  <Table.Cell className="text-right">{alert.reorder_point}</Table.Cell>
                  <Table.Cell className="text-right">{alert.suggested_quantity}</Table.Cell>
                  <Table.Cell>
                    <AlertStatusBadge status={alert.status} />
                  </Table.Cell>
                  <Table.Cell>
                    <PermissionGate permission="spare_parts:write">
                      <div className="flex justify-end gap-x-2">
                        {alert.status === "open" && (
                          <Button size="small" variant="secondary" onClick={() => act(alert.id, "acknowledge")}>
                            {t("aftersales.stock.alerts.acknowledge")}
                          </Button>
                        )}
                        <RequisitionFromAlertButton alert={alert} />
                        {alert.status !== "resolved" && (
                          <Button size="small" variant="secondary" onClick={() => act(alert.id, "resolve")}>
                            {t("aftersales.stock.alerts.resolve")}
                          </Button>
                        )}
                      </div>
                    </PermissionGate>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <PagePager page={page} pages={pages} onPageChange={setPage} />
        </>
      )}
    </Container>
  )
}

const StockAlertsPage = () => (
  <RequirePermission permission="spare_parts:read">
    <StockAlertsList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.stock.alerts.nav",
  translationNs: "translation",
})

export default StockAlertsPage
