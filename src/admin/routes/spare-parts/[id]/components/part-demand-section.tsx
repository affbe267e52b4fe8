import { Badge, Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { DemandChart } from "../../../../components/charts/demand-chart"
import { PermissionGate } from "../../../../components/permission-gate"
import { ErrorState, LoadingState } from "../../../../components/states"
import { PartForecast, usePartDemand, useForecastPart, usePartForecasts } from "../../../../hooks/api/parts-demand"
import { SparePart } from "../../../../hooks/api/spare-parts"
import { getErrorMessage } from "../../../../lib/errors"
import { formatDateTime, toBcp47 } from "../../../../lib/format"

type Period = "month" | "week"

function addPeriods(start: string, period: Period, count: number): Date {
  const date = new Date(`${start}T00:00:00Z`)
  return period === "month"
    ? new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1))
    : new Date(date.getTime() + count * 7 * 86_400_000)
}

const usePeriodLabel = (period: Period) => {
  const { i18n } = useTranslation()
  return (date: Date) =>
    period === "month"
      ? date.toLocaleDateString(toBcp47(i18n.language), { month: "short", year: "2-digit", timeZone: "UTC" })
      : date.toLocaleDateString(toBcp47(i18n.language), { day: "numeric", month: "short", timeZone: "UTC" })
}

const ForecastFacts = ({ forecast }: { forecast: PartForecast }) => {
  const { t, i18n } = useTranslation()
  const facts: [string, string][] = [
    [t("aftersales.forecast.fields.method"), forecast.method],
    [t("aftersales.forecast.fields.class"), t(`aftersales.forecast.classes.${forecast.demand_class}`, { defaultValue: forecast.demand_class })],
    [t("aftersales.forecast.fields.rmsse"), forecast.backtest_rmsse === null ? "-" : String(forecast.backtest_rmsse)],
    [t("aftersales.forecast.fields.mase"), forecast.backtest_mase === null ? "-" : String(forecast.backtest_mase)],
    [t("aftersales.forecast.fields.leadTime"), t("aftersales.forecast.days", { count: forecast.lead_time_days })],
    [t("aftersales.forecast.fields.leadTimeDemand"), String(forecast.lead_time_demand)],
    [t("aftersales.forecast.fields.reorderPoint"), String(forecast.reorder_point)],
    [t("aftersales.forecast.fields.safetyStock"), String(forecast.safety_stock)],
    [t("aftersales.forecast.fields.serviceLevel"), `${Math.round(forecast.service_level * 1000) / 10}%`],
    [t("aftersales.forecast.fields.computedAt"), formatDateTime(forecast.computed_at, i18n.language)],
  ]
  return (
    <div className="grid grid-cols-2 gap-x-6 gap-y-2 px-6 pb-4 md:grid-cols-5" data-testid="aftersales-forecast-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="flex flex-col">
          <Text size="xsmall" className="text-ui-fg-muted">
            {label}
          </Text>
          <Text size="small" className="break-words">
            {value}
          </Text>
        </div>
      ))}
    </div>
  )
}

const ForecastSignalsNote = ({ forecast }: { forecast: PartForecast }) => {
  const { t } = useTranslation()
  const signals = forecast.signals
  if (!signals || signals.added_demand <= 0) {
    return null
  }
  const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 10) / 10
  return (
    <div className="flex flex-col gap-y-1 px-6 pb-4" data-testid="aftersales-forecast-signals">
      <Text size="small" weight="plus">
        {t("aftersales.forecast.signals.title", { count: signals.added_demand })}
      </Text>
      {signals.planned_repairs.planned_units > 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("aftersales.forecast.signals.plannedRepairs", {
            units: signals.planned_repairs.planned_units,
            lines: signals.planned_repairs.open_lines,
            added: sum(signals.planned_repairs.added),
          })}
        </Text>
      )}
      {signals.installed_base && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("aftersales.forecast.signals.installedBase", {
            units: signals.installed_base.units_under_warranty,
            rate: signals.installed_base.failure_rate_per_period,
            added: sum(signals.installed_base.added),
          })}
        </Text>
      )}
    </div>
  )
}

/**
 * Demand history of the part (repair consumption, sales, other issues per period) with the
 * stored forecast and its 80% interval, the chosen method, its accuracy and the proposal.
 */
export const PartDemandSection = ({ part }: { part: SparePart }) => {
  const { t } = useTranslation()
  const [period, setPeriod] = useState<Period>("month")
  const { demand, isPending, isError, error, refetch } = usePartDemand(part.id, { period })
  const { part_forecasts } = usePartForecasts(part.id)
  const forecastNow = useForecastPart(part.id)
  const label = usePeriodLabel(period)

  const whole = part_forecasts?.find((forecast) => forecast.location_id === null)
  const shownForecast = whole && whole.period === period ? whole : undefined
  const history = useMemo(
    () =>
      (demand ?? []).map((bucket) => ({
        label: label(new Date(`${bucket.period_start}T00:00:00Z`)),
        repair: Math.max(0, bucket.repair),
        sales: Math.max(0, bucket.sales),
        other: Math.max(0, bucket.other),
      })),
    [demand, label]
  )
  // The history runs to today; the forecast starts with the current period, so the
  // current (incomplete) period of the history is replaced by the forecast.
  const trimmedHistory = shownForecast ? history.slice(0, Math.max(0, history.length - 1)) : history
  const forecastPoints = shownForecast
    ? shownForecast.forecast.map((value, index) => ({
        label: label(addPeriods(shownForecast.first_period, period, index)),
        value: Math.round(value * 100) / 100,
        lower: shownForecast.lower[index] ?? 0,
        upper: shownForecast.upper[index] ?? 0,
      }))
    : []

  const onForecast = async () => {
    try {
      const { policies_updated } = await forecastNow.mutateAsync()
      toast.success(t("aftersales.forecast.toasts.forecast", { count: policies_updated }))
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-demand">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("aftersales.demand.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("aftersales.demand.description")}
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <div className="w-[130px]">
            <Select size="small" value={period} onValueChange={(value) => setPeriod(value as Period)}>
              <Select.Trigger data-testid="aftersales-demand-period">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="month">{t("aftersales.demand.periods.month")}</Select.Item>
                <Select.Item value="week">{t("aftersales.demand.periods.week")}</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <PermissionGate permission="spare_parts:write">
            <Button size="small" variant="secondary" onClick={onForecast} isLoading={forecastNow.isPending} data-testid="aftersales-forecast-part">
              {t("aftersales.forecast.actions.forecastPart")}
            </Button>
          </PermissionGate>
        </div>
      </div>
      <div className="px-6 py-4">
        {isPending ? (
          <LoadingState rows={3} />
        ) : isError ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : (
          <DemandChart
            history={trimmedHistory}
            forecast={forecastPoints}
            ariaLabel={t("aftersales.demand.chartLabel", { partNumber: part.part_number })}
            legend={{
              repair: t("aftersales.demand.legend.repair"),
              sales: t("aftersales.demand.legend.sales"),
              other: t("aftersales.demand.legend.other"),
              forecast: t("aftersales.demand.legend.forecast"),
              interval: t("aftersales.demand.legend.interval"),
            }}
          />
        )}
      </div>
      {whole ? (
        <div className="flex flex-col gap-y-3 pt-4">
          <div className="flex items-center gap-x-2 px-6">
            <Text size="small" weight="plus">
              {t("aftersales.forecast.title")}
            </Text>
            <Badge size="2xsmall" color="purple" data-testid="aftersales-forecast-class">
              {t(`aftersales.forecast.classes.${whole.demand_class}`, { defaultValue: whole.demand_class })}
            </Badge>
            {whole.period !== period && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("aftersales.forecast.otherPeriod", { period: t(`aftersales.demand.periods.${whole.period}`) })}
              </Text>
            )}
          </div>
          <ForecastFacts forecast={whole} />
          <ForecastSignalsNote forecast={whole} />
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-muted px-6 py-4" data-testid="aftersales-forecast-none">
          {t("aftersales.forecast.none")}
        </Text>
      )}
    </Container>
  )
}
