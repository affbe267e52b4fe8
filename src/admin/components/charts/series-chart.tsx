import { Text } from "@medusajs/ui"

export type ChartSeries = {
  key: string
  label: string
  /** One value per label; null leaves a gap. */
  values: (number | null)[]
  kind: "bar" | "line"
  color?: string
}

const WIDTH = 720
const HEIGHT = 220
const PADDING = { top: 12, right: 12, bottom: 28, left: 44 }
const PALETTE = [
  "var(--tag-blue-icon, #3b82f6)",
  "var(--tag-green-icon, #10b981)",
  "var(--tag-orange-icon, #f97316)",
  "var(--tag-purple-icon, #8b5cf6)",
  "var(--tag-red-icon, #ef4444)",
  "var(--tag-neutral-icon, #a1a1aa)",
]
const GRID = "var(--border-base, #e4e4e7)"
const MUTED = "var(--fg-muted, #71717a)"

export const chartColor = (index: number) => PALETTE[index % PALETTE.length]

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
 * Values per period as grouped bars and/or lines on one axis (plain SVG: @medusajs/ui has no
 * charts). Bars share each slot side by side; lines run through the slot centres.
 */
export const SeriesChart = ({
  labels,
  series,
  ariaLabel,
  testId,
  format = (value) => String(value),
}: {
  labels: string[]
  series: ChartSeries[]
  ariaLabel: string
  testId?: string
  format?: (value: number) => string
}) => {
  const values = series.flatMap((entry) => entry.values.filter((value): value is number => value !== null))
  const max = Math.max(1, ...values)
  const step = niceStep(max)
  const top = Math.ceil(max / step) * step
  const plotWidth = WIDTH - PADDING.left - PADDING.right
  const plotHeight = HEIGHT - PADDING.top - PADDING.bottom
  const slotWidth = plotWidth / Math.max(labels.length, 1)
  const bars = series.filter((entry) => entry.kind === "bar")
  const lines = series.filter((entry) => entry.kind === "line")
  // Bars stay narrow when there are only a few periods.
  const groupWidth = Math.min(slotWidth * 0.7, 36 * Math.max(bars.length, 1))
  const barWidth = Math.max(2, groupWidth / Math.max(bars.length, 1))
  const y = (value: number) => PADDING.top + plotHeight - (value / top) * plotHeight
  const xCenter = (index: number) => PADDING.left + slotWidth * index + slotWidth / 2
  const labelEvery = Math.max(1, Math.ceil(labels.length / 12))
  const ticks: number[] = []
  for (let value = 0; value <= top; value += step) {
    ticks.push(value)
  }
  const colorOf = (entry: ChartSeries) => entry.color ?? chartColor(series.indexOf(entry))

  return (
    <div className="flex flex-col gap-y-2" data-testid={testId ?? "aftersales-series-chart"}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={ariaLabel} className="overflow-visible">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={y(tick)} y2={y(tick)} stroke={GRID} strokeWidth={1} />
            <text x={PADDING.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={10} fill={MUTED}>
              {format(tick)}
            </text>
          </g>
        ))}
        {bars.map((entry, barIndex) => (
          <g key={entry.key} data-testid="aftersales-chart-bars">
            {entry.values.map((value, index) =>
              value === null || value <= 0 ? null : (
                <rect
                  key={index}
                  x={xCenter(index) - groupWidth / 2 + barIndex * barWidth}
                  y={y(value)}
                  width={barWidth}
                  height={y(0) - y(value)}
                  fill={colorOf(entry)}
                  rx={1}
                >
                  <title>{`${labels[index]}: ${entry.label} ${format(value)}`}</title>
                </rect>
              )
            )}
          </g>
        ))}
        {lines.map((entry) => {
          const points = entry.values
            .map((value, index) => (value === null ? null : `${xCenter(index)},${y(value)}`))
            .filter(Boolean)
            .join(" ")
          return (
            <g key={entry.key} data-testid="aftersales-chart-line">
              <polyline points={points} fill="none" stroke={colorOf(entry)} strokeWidth={2} />
              {entry.values.map((value, index) =>
                value === null ? null : (
                  <circle key={index} cx={xCenter(index)} cy={y(value)} r={2.5} fill={colorOf(entry)}>
                    <title>{`${labels[index]}: ${entry.label} ${format(value)}`}</title>
                  </circle>
                )
              )}
            </g>
          )
        })}
        {labels.map((label, index) =>
          index % labelEvery === 0 ? (
            <text key={`label-${index}`} x={xCenter(index)} y={HEIGHT - 8} textAnchor="middle" fontSize={10} fill={MUTED}>
              {label}
            </text>
          ) : null
        )}
      </svg>
      <ChartLegend items={series.map((entry) => ({ label: entry.label, color: colorOf(entry) }))} />
    </div>
  )
}

export const ChartLegend = ({ items }: { items: { label: string; color: string }[] }) => (
  <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
    {items.map((item) => (
      <div key={item.label} className="flex items-center gap-x-1.5">
        <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: item.color }} />
        <Text size="xsmall" className="text-ui-fg-subtle">
          {item.label}
        </Text>
      </div>
    ))}
  </div>
)

/** Shares of a whole as one stacked horizontal bar with a legend (e.g. an outcome mix). */
export const ShareBar = ({
  parts,
  ariaLabel,
  testId,
}: {
  parts: { label: string; value: number }[]
  ariaLabel: string
  testId?: string
}) => {
  const total = parts.reduce((sum, part) => sum + part.value, 0)
  return (
    <div className="flex flex-col gap-y-2" data-testid={testId ?? "aftersales-share-bar"}>
      <div className="bg-ui-bg-subtle flex h-4 w-full overflow-hidden rounded" role="img" aria-label={ariaLabel}>
        {total > 0 &&
          parts.map((part, index) =>
            part.value > 0 ? (
              <div
                key={part.label}
                title={`${part.label}: ${part.value} (${Math.round((part.value / total) * 1000) / 10}%)`}
                style={{ width: `${(part.value / total) * 100}%`, background: chartColor(index) }}
              />
            ) : null
          )}
      </div>
      <ChartLegend
        items={parts.map((part, index) => ({
          label: `${part.label} (${part.value})`,
          color: chartColor(index),
        }))}
      />
    </div>
  )
}
