import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { PermissionGate, RequirePermission } from "../../../components/permission-gate"
import { EmptyState, ErrorState, LoadingState } from "../../../components/states"
import {
  PartsRun,
  useForecastOverview,
  useSalesBackfillRun,
  useStartForecastAll,
  useStartSalesBackfill,
} from "../../../hooks/api/parts-demand"
import { getErrorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import { sdk } from "../../../lib/sdk"

const POLL_MS = 1500

const RunProgress = ({ run, testId }: { run: PartsRun | null | undefined; testId: string }) => {
  const { t, i18n } = useTranslation()
  if (!run) {
    return null
  }
  const share = run.total ? Math.round((run.processed / run.total) * 100) : run.status === "succeeded" ? 100 : 0
  return (
    <div className="flex flex-col gap-y-1" data-testid={testId} data-status={run.status}>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t(`aftersales.forecast.runStatuses.${run.status}`, {
          processed: run.processed,
          total: run.total,
          changed: run.changed,
          at: formatDateTime(run.finished_at ?? run.started_at, i18n.language),
        })}
        {run.error ? ` · ${run.error}` : ""}
      </Text>
      {run.status === "running" && (
        <div className="bg-ui-bg-component h-1.5 w-full overflow-hidden rounded-full" role="progressbar" aria-valuenow={share} aria-valuemin={0} aria-valuemax={100}>
          <div className="bg-ui-fg-interactive h-full transition-all" style={{ width: `${share}%` }} />
        </div>
      )}
    </div>
  )
}

const ForecastOverview = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [polling, setPolling] = useState(false)
  const { parts, forecast_run, isPending, isError, error, refetch } = useForecastOverview({
    refetchInterval: polling ? POLL_MS : false,
  })
  const { sales_backfill_run } = useSalesBackfillRun({ refetchInterval: polling ? POLL_MS : false })
  const startForecast = useStartForecastAll()
  const startBackfill = useStartSalesBackfill()

  useEffect(() => {
    setPolling(forecast_run?.status === "running" || sales_backfill_run?.status === "running")
  }, [forecast_run?.status, sales_backfill_run?.status])

  const start = async (which: "forecast" | "backfill") => {
    try {
      await (which === "forecast" ? startForecast : startBackfill).mutateAsync()
      setPolling(true)
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  /** Monthly demand of every part as CSV in the format `npm run forecast` reads. */
  const exportCsv = async () => {
    try {
      // The js-sdk hands back the raw Response for a CSV body.
      const response = await sdk.client.fetch<Response>("/admin/spare-parts/demand/export", {
        query: { period: "month", format: "csv" },
        headers: { accept: "text/csv" },
      })
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = "parts-demand-month.csv"
      document.body.appendChild(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 1_000)
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-forecast-overview">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div className="flex max-w-[560px] flex-col gap-y-1">
            <Heading>{t("aftersales.forecast.overview.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("aftersales.forecast.overview.description")}
            </Text>
          </div>
          <div className="flex flex-wrap gap-2">
            <PermissionGate permission="spare_parts:export">
              <Button size="small" variant="secondary" onClick={exportCsv} data-testid="aftersales-demand-export">
                {t("aftersales.forecast.actions.exportDemand")}
              </Button>
            </PermissionGate>
            <PermissionGate permission="spare_parts:configure">
              <Button
                size="small"
                variant="secondary"
                onClick={() => start("backfill")}
                disabled={sales_backfill_run?.status === "running"}
                isLoading={startBackfill.isPending}
                data-testid="aftersales-sales-backfill"
              >
                {t("aftersales.forecast.actions.backfillSales")}
              </Button>
            </PermissionGate>
            <PermissionGate permission="spare_parts:write">
              <Button
                size="small"
                onClick={() => start("forecast")}
                disabled={forecast_run?.status === "running"}
                isLoading={startForecast.isPending}
                data-testid="aftersales-forecast-all"
              >
                {t("aftersales.forecast.actions.forecastAll")}
              </Button>
            </PermissionGate>
          </div>
        </div>
        {(forecast_run || sales_backfill_run) && (
          <div className="grid gap-4 px-6 py-3 md:grid-cols-2">
            <RunProgress run={forecast_run} testId="aftersales-forecast-run" />
            <RunProgress run={sales_backfill_run} testId="aftersales-sales-backfill-run" />
          </div>
        )}
      </Container>
      {isPending ? (
        <LoadingState rows={6} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !parts?.length ? (
        <EmptyState title={t("aftersales.forecast.overview.emptyTitle")} description={t("aftersales.forecast.overview.emptyDescription")} />
      ) : (
        <Container className="overflow-x-auto p-0">
          <Table data-testid="aftersales-forecast-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.forecast.fields.part")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.forecast.fields.expectedShortage")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.forecast.fields.available")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.forecast.fields.incoming")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.forecast.fields.leadTimeDemand")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.forecast.fields.leadTime")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.forecast.fields.reorderPoint")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.forecast.fields.class")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.forecast.fields.rmsse")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.forecast.fields.computedAt")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {parts.map((row) => (
                <Table.Row
                  key={row.part_id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/spare-parts/${row.part_id}`)}
                  data-testid="aftersales-forecast-row"
                  data-part-number={row.part_number}
                >
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span className="font-mono txt-compact-small">{row.part_number}</span>
                      <span className="text-ui-fg-subtle txt-compact-small">{row.name}</span>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    {row.expected_shortage > 0 ? (
                      <Badge size="2xsmall" color="red">
                        {row.expected_shortage}
                      </Badge>
                    ) : (
                      <Badge size="2xsmall" color="green">
                        {t("aftersales.forecast.noShortage")}
                      </Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell>{row.available}</Table.Cell>
                  <Table.Cell>{row.incoming}</Table.Cell>
                  <Table.Cell>{row.demand_over_lead_time}</Table.Cell>
                  <Table.Cell>{t("aftersales.forecast.days", { count: row.lead_time_days })}</Table.Cell>
                  <Table.Cell>{row.reorder_point}</Table.Cell>
                  <Table.Cell>{t(`aftersales.forecast.classes.${row.demand_class}`, { defaultValue: row.demand_class })}</Table.Cell>
                  <Table.Cell>{row.backtest_rmsse ?? "-"}</Table.Cell>
                  <Table.Cell>{formatDateTime(row.computed_at, i18n.language)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Container>
      )}
    </div>
  )
}

const ForecastOverviewPage = () => (
  <RequirePermission permission="spare_parts:read">
    <ForecastOverview />
  </RequirePermission>
)

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.forecast.overview.title" />,
}

export default ForecastOverviewPage
