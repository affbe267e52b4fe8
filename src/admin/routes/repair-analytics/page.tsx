import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { SeriesChart, ShareBar } from "../../components/charts/series-chart"
import { RequirePermission } from "../../components/permission-gate"
import { ErrorState, LoadingState } from "../../components/states"
import { RepairAnalytics, useRepairAnalytics } from "../../hooks/api/technicians"
import { useFormatMoney } from "../procurement/components/shared"

const DAY = 24 * 60 * 60 * 1000
const isoDay = (date: Date) => date.toISOString().slice(0, 10)
const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? "-" : `${Math.round(value * 1000) / 10}%`

const Card = ({ title, children, testId }: { title: string; children: ReactNode; testId: string }) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="px-6 py-4">
      <Heading level="h2">{title}</Heading>
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <div className="flex flex-col gap-y-1 px-6 py-4" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="xlarge" weight="plus">
      {value}
    </Text>
  </div>
)

const RepeatTable = ({
  rows,
  firstHeader,
  testId,
}: {
  rows: { key: string; label: string; completed: number; repeats: number; rate: number }[]
  firstHeader: string
  testId: string
}) => {
  const { t } = useTranslation()
  if (!rows.length) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("aftersales.repairAnalytics.empty")}
      </Text>
    )
  }
  return (
    <Table data-testid={testId}>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{firstHeader}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("aftersales.repairAnalytics.repeatByProduct.completed")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("aftersales.repairAnalytics.repeatByProduct.repeats")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("aftersales.repairAnalytics.repeatByProduct.rate")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key}>
            <Table.Cell>{row.label}</Table.Cell>
            <Table.Cell className="text-right">{row.completed}</Table.Cell>
            <Table.Cell className="text-right">{row.repeats}</Table.Cell>
            <Table.Cell className="text-right">{percent(row.rate)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

const AnalyticsBody = ({ analytics }: { analytics: RepairAnalytics }) => {
  const { t } = useTranslation()
  const formatMoney = useFormatMoney()
  const money = (value: number | null | undefined) =>
    analytics.currency_code ? formatMoney(value, analytics.currency_code) : value === null || value === undefined ? "-" : value.toFixed(2)
  const hours = (value: number | null | undefined) =>
    value === null || value === undefined ? "-" : t("aftersales.repairAnalytics.hours", { value })
  const labels = analytics.volume.map((row) => row.period)
  return (
    <>
      <Container className="grid grid-cols-2 divide-x p-0 md:grid-cols-4" data-testid="aftersales-repair-analytics-totals">
        <Figure testId="aftersales-analytics-created" label={t("aftersales.repairAnalytics.totals.created")} value={String(analytics.totals.created)} />
        <Figure testId="aftersales-analytics-completed" label={t("aftersales.repairAnalytics.totals.completed")} value={String(analytics.totals.completed)} />
        <Figure testId="aftersales-analytics-ftf" label={t("aftersales.repairAnalytics.totals.firstTimeFix")} value={percent(analytics.first_time_fix.rate)} />
        <Figure testId="aftersales-analytics-mean-cost" label={t("aftersales.repairAnalytics.totals.meanCost")} value={money(analytics.cost_per_repair.mean_cost)} />
      </Container>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Card title={t("aftersales.repairAnalytics.volume.title")} testId="aftersales-analytics-volume">
          <SeriesChart
            testId="aftersales-analytics-volume-chart"
            ariaLabel={t("aftersales.repairAnalytics.volume.title")}
            labels={labels}
            series={[
              { key: "created", label: t("aftersales.repairAnalytics.volume.created"), kind: "bar", values: analytics.volume.map((row) => row.created) },
              { key: "completed", label: t("aftersales.repairAnalytics.volume.completed"), kind: "bar", values: analytics.volume.map((row) => row.completed) },
            ]}
          />
        </Card>
        <Card title={t("aftersales.repairAnalytics.turnaround.title")} testId="aftersales-analytics-turnaround">
          <div className="mb-3 flex gap-x-6">
            <Text size="small">{`${t("aftersales.repairAnalytics.totals.p50")}: ${hours(analytics.turnaround.p50_hours)}`}</Text>
            <Text size="small">{`${t("aftersales.repairAnalytics.totals.p90")}: ${hours(analytics.turnaround.p90_hours)}`}</Text>
          </div>
          <SeriesChart
            testId="aftersales-analytics-turnaround-chart"
            ariaLabel={t("aftersales.repairAnalytics.turnaround.title")}
            labels={analytics.turnaround.by_period.map((row) => row.period)}
            series={[
              { key: "p50", label: t("aftersales.repairAnalytics.turnaround.p50"), kind: "line", values: analytics.turnaround.by_period.map((row) => row.p50_hours) },
              { key: "p90", label: t("aftersales.repairAnalytics.turnaround.p90"), kind: "line", values: analytics.turnaround.by_period.map((row) => row.p90_hours) },
            ]}
          />
        </Card>
        <Card title={t("aftersales.repairAnalytics.outcomes.title")} testId="aftersales-analytics-outcomes">
          {analytics.outcome_mix.length ? (
            <ShareBar
              testId="aftersales-analytics-outcome-bar"
              ariaLabel={t("aftersales.repairAnalytics.outcomes.title")}
              parts={analytics.outcome_mix.map((row) => ({ label: t(`aftersales.repairAnalytics.outcomes.${row.outcome}`, { defaultValue: row.outcome }), value: row.count }))}
            />
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              {t("aftersales.repairAnalytics.outcomes.empty")}
            </Text>
          )}
        </Card>
        <Card title={t("aftersales.repairAnalytics.firstTimeFix.title")} testId="aftersales-analytics-first-time-fix">
          <Text size="xlarge" weight="plus">
            {percent(analytics.first_time_fix.rate)}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("aftersales.repairAnalytics.firstTimeFix.value", { fixed: analytics.first_time_fix.first_time_fixes, completed: analytics.first_time_fix.completed })}
          </Text>
        </Card>
        <Card title={t("aftersales.repairAnalytics.repeatByProduct.title")} testId="aftersales-analytics-repeat-product">
          <RepeatTable
            testId="aftersales-analytics-repeat-product-table"
            firstHeader={t("aftersales.repairAnalytics.repeatByProduct.product")}
            rows={analytics.repeat_failure_by_product.map((row) => ({ ...row, key: row.product_id ?? row.product_title ?? "-", label: row.product_title ?? row.product_id ?? "-" }))}
          />
        </Card>
        <Card title={t("aftersales.repairAnalytics.repeatByFault.title")} testId="aftersales-analytics-repeat-fault">
          <RepeatTable
            testId="aftersales-analytics-repeat-fault-table"
            firstHeader={t("aftersales.repairAnalytics.repeatByFault.faultCode")}
            rows={analytics.repeat_failure_by_fault_code.map((row) => ({ ...row, key: row.fault_code, label: row.fault_code }))}
          />
        </Card>
        <Card title={t("aftersales.repairAnalytics.cost.title")} testId="aftersales-analytics-cost">
          <SeriesChart
            testId="aftersales-analytics-cost-chart"
            ariaLabel={t("aftersales.repairAnalytics.cost.title")}
            labels={[t("aftersales.repairAnalytics.cost.total")]}
            series={[
              { key: "parts", label: `${t("aftersales.repairAnalytics.cost.parts")}: ${money(analytics.cost_per_repair.parts_cost)}`, kind: "bar", values: [analytics.cost_per_repair.parts_cost] },
              { key: "labour", label: `${t("aftersales.repairAnalytics.cost.labour")}: ${money(analytics.cost_per_repair.labour_cost)}`, kind: "bar", values: [analytics.cost_per_repair.labour_cost] },
            ]}
          />
          <Text size="small" className="mt-2">{`${t("aftersales.repairAnalytics.cost.mean")}: ${money(analytics.cost_per_repair.mean_cost)} · ${t("aftersales.repairAnalytics.cost.total")}: ${money(analytics.cost_per_repair.total_cost)}`}</Text>
        </Card>
        <Card title={t("aftersales.repairAnalytics.warranty.title")} testId="aftersales-analytics-warranty">
          {analytics.warranty_cost_by_product.length ? (
            <>
              <SeriesChart
                testId="aftersales-analytics-warranty-chart"
                ariaLabel={t("aftersales.repairAnalytics.warranty.title")}
                labels={analytics.warranty_cost_by_product.map((row) => row.product_title ?? row.product_id ?? "-")}
                series={[
                  { key: "amount", label: t("aftersales.repairAnalytics.warranty.coveredAmount"), kind: "bar", values: analytics.warranty_cost_by_product.map((row) => row.covered_amount) },
                  { key: "cost", label: t("aftersales.repairAnalytics.warranty.coveredCost"), kind: "bar", values: analytics.warranty_cost_by_product.map((row) => row.covered_cost) },
                ]}
              />
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("aftersales.repairAnalytics.repeatByProduct.product")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("aftersales.repairAnalytics.warranty.repairs")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("aftersales.repairAnalytics.warranty.coveredAmount")}</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">{t("aftersales.repairAnalytics.warranty.coveredCost")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {analytics.warranty_cost_by_product.map((row) => (
                    <Table.Row key={row.product_id ?? row.product_title ?? "-"}>
                      <Table.Cell>{row.product_title ?? row.product_id ?? "-"}</Table.Cell>
                      <Table.Cell className="text-right">{row.repairs}</Table.Cell>
                      <Table.Cell className="text-right">{money(row.covered_amount)}</Table.Cell>
                      <Table.Cell className="text-right">{money(row.covered_cost)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </>
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              {t("aftersales.repairAnalytics.empty")}
            </Text>
          )}
        </Card>
      </div>
    </>
  )
}

const RepairAnalyticsView = () => {
  const { t } = useTranslation()
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 180 * DAY)))
  const [to, setTo] = useState(() => isoDay(new Date()))
  const [period, setPeriod] = useState<"week" | "month">("month")
  const { analytics, isPending, isError, error, refetch } = useRepairAnalytics({
    from,
    to: `${to}T23:59:59.999Z`,
    period,
  })

  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-repair-analytics">
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading>{t("aftersales.repairAnalytics.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("aftersales.repairAnalytics.description")}
          </Text>
        </div>
        <div className="flex items-end gap-x-2">
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" htmlFor="aftersales-analytics-from">{t("aftersales.repairAnalytics.from")}</Label>
            <Input id="aftersales-analytics-from" size="small" type="date" value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="xsmall" htmlFor="aftersales-analytics-to">{t("aftersales.repairAnalytics.to")}</Label>
            <Input id="aftersales-analytics-to" size="small" type="date" value={to} onChange={(e) => e.target.value && setTo(e.target.value)} />
          </div>
          <div className="flex w-[120px] flex-col gap-y-1">
            <Label size="xsmall">{t("aftersales.repairAnalytics.period")}</Label>
            <Select value={period} onValueChange={(value) => setPeriod(value as "week" | "month")}>
              <Select.Trigger data-testid="aftersales-analytics-period">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="week">{t("aftersales.repairAnalytics.week")}</Select.Item>
                <Select.Item value="month">{t("aftersales.repairAnalytics.month")}</Select.Item>
              </Select.Content>
            </Select>
          </div>
        </div>
      </Container>
      {isPending ? (
        <LoadingState rows={6} />
      ) : isError || !analytics ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <AnalyticsBody analytics={analytics} />
      )}
    </div>
  )
}

const RepairAnalyticsPage = () => (
  <RequirePermission permission="repair_orders:read">
    <RepairAnalyticsView />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.repairAnalytics.nav",
  translationNs: "translation",
  icon: ChartBar,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.repairAnalytics.nav" />,
}

export default RepairAnalyticsPage
