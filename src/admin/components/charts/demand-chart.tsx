import { Text } from "@medusajs/ui"

export type DemandChartBar = {
  label: string
  repair: number
  sales: number
  other: number
}

export type DemandChartForecastPoint = {
  label: string
  value: number
  lower: number
  upper: number
}

const WIDTH = 720
const HEIGHT = 220
const PADDING = { top: 12, right: 12, bottom: 28, left: 36 }

const COLORS = {
  repair: "var(--tag-blue-icon, #3b82f6)",
  sales: "var(--tag-green-icon, #10b981)",
  other: "var(--tag-neutral-icon, #a1a1aa)",
  forecast: "var(--tag-orange-icon, #f97316)",
  band: "var(--tag-orange-bg, #ffedd5)",
  grid: "var(--border-base, #e4e4e7)",
  text: "var(--fg-muted, #71717a)",
}

/** Round step for about four grid lines up to `max`. */
function niceStep(max: number): number {
  if (max <= 4) {
    return 1
  }
  const raw = max / 4
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const normalized = raw / magnitude
  return (normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10) * magnitude
}

/**
 * Demand per period as stacked bars (repair consumption, sales, other issues), followed by
 * the forecast as a line with its interval as a band. Plain SVG: @medusajs/ui has no charts.
 */
export const DemandChart = ({
  history,
  forecast = [],
  legend,
  ariaLabel,
}: {
  history: DemandChartBar[]
  forecast?: DemandChartForecastPoint[]
  legend: { repair: string; sales: string; other: string; forecast: string; interval: string }
  ariaLabel: string
}) => {
  const slots = history.length + forecast.length
  const max = Math.max(
    1,
    ...history.map((bar) => bar.repair + bar.sales + bar.other),
    ...forecast.map((point) => Math.max(point.upper, point.value))
  )
  const step = niceStep(max)
  const top = Math.ceil(max / step) * step
  const plotWidth = WIDTH - PADDING.left - PADDING.right
  const plotHeight = HEIGHT - PADDING.top - PADDING.bottom
  const slotWidth = plotWidth / Math.max(slots, 1)
  const barWidth = Math.max(2, slotWidth * 0.7)
  const y = (value: number) => PADDING.top + plotHeight - (value / top) * plotHeight
  const xCenter = (index: number) => PADDING.left + slotWidth * index + slotWidth / 2
  const labelEvery = Math.max(1, Math.ceil(slots / 12))
  const ticks: number[] = []
  for (let value = 0; value <= top; value += step) {
    ticks.push(value)
  }
  const forecastIndex = (index: number) => history.length + index
  const band = forecast.length
    ? [
        ...forecast.map((point, index) => `${xCenter(forecastIndex(index))},${y(point.upper)}`),
        ...[...forecast].reverse().map((point, index) => `${xCenter(forecastIndex(forecast.length - 1 - index))},${y(point.lower)}`),
      ].join(" ")
    : ""
  const line = forecast.map((point, index) => `${xCenter(forecastIndex(index))},${y(point.value)}`).join(" ")
  const labels = [...history.map((bar) => bar.label), ...forecast.map((point) => point.label)]

  return (
    <div className="flex flex-col gap-y-2" data-testid="aftersales-demand-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={ariaLabel}
        className="overflow-visible"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={y(tick)} y2={y(tick)} stroke={COLORS.grid} strokeWidth={1} />
            <text x={PADDING.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={10} fill={COLORS.text}>
              {tick}
            </text>
          </g>
        ))}
        {history.map((bar, index) => {
          const x = xCenter(index) - barWidth / 2
          let base = 0
          return (
            <g key={`bar-${index}`} data-testid="aftersales-demand-bar">
              <title>{`${bar.label}: ${legend.repair} ${bar.repair}, ${legend.sales} ${bar.sales}, ${legend.other} ${bar.other}`}</title>
              {(["repair", "sales", "other"] as const).map((kind) => {
                const value = Math.max(0, bar[kind])
                if (!value) {
                  return null
                }
                const rect = (
                  <rect key={kind} x={x} y={y(base + value)} width={barWidth} height={y(base) - y(base + value)} fill={COLORS[kind]} rx={1} />
                )
                base += value
                return rect
              })}
            </g>
          )
        })}
        {forecast.length > 0 && (
          <g data-testid="aftersales-forecast-series">
            <line
              x1={PADDING.left + slotWidth * history.length}
              x2={PADDING.left + slotWidth * history.length}
              y1={PADDING.top}
              y2={PADDING.top + plotHeight}
              stroke={COLORS.grid}
              strokeDasharray="4 3"
            />
            <polygon points={band} fill={COLORS.band} opacity={0.8} />
            <polyline points={line} fill="none" stroke={COLORS.forecast} strokeWidth={2} />
            {forecast.map((point, index) => (
              <circle key={index} cx={xCenter(forecastIndex(index))} cy={y(point.value)} r={2.5} fill={COLORS.forecast}>
                <title>{`${point.label}: ${point.value} (${point.lower}–${point.upper})`}</title>
              </circle>
            ))}
          </g>
        )}
        {labels.map((label, index) =>
          index % labelEvery === 0 ? (
            <text key={`label-${index}`} x={xCenter(index)} y={HEIGHT - 8} textAnchor="middle" fontSize={10} fill={COLORS.text}>
              {label}
            </text>
          ) : null
        )}
      </svg>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {(
          [
            ["repair", legend.repair],
            ["sales", legend.sales],
            ["other", legend.other],
            ...(forecast.length ? ([["forecast", legend.forecast], ["band", legend.interval]] as const) : []),
          ] as const
        ).map(([key, label]) => (
          <div key={key} className="flex items-center gap-x-1.5">
            <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: COLORS[key as keyof typeof COLORS] }} />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {label}
            </Text>
          </div>
        ))}
      </div>
    </div>
  )
}
