import { Badge, Tooltip } from "@medusajs/ui"
import { TFunction } from "i18next"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { SlaStatus, TicketSlaFields } from "../../../hooks/api/sla"
import { formatDateTime } from "../../../lib/format"

const STATUS_COLORS: Record<SlaStatus, "green" | "orange" | "red" | "grey"> = {
  ok: "green",
  warning: "orange",
  breached: "red",
  paused: "grey",
}

/** The current time, refreshed every `intervalMs` so countdowns move on. */
export const useNow = (intervalMs = 30_000) => {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}

/** "in 2 h 5 min" / "3 d 1 h overdue" (wall-clock time until or since `due`). */
export function formatCountdown(t: TFunction, due: string, now: number): string {
  const minutes = Math.round((new Date(due).getTime() - now) / 60_000)
  const absolute = Math.abs(minutes)
  const days = Math.floor(absolute / 1440)
  const hours = Math.floor((absolute % 1440) / 60)
  const rest = absolute % 60
  const span = [
    days ? t("aftersales.sla.units.days", { count: days }) : "",
    hours ? t("aftersales.sla.units.hours", { count: hours }) : "",
    !days && (rest || !hours) ? t("aftersales.sla.units.minutes", { count: rest }) : "",
  ]
    .filter(Boolean)
    .join(" ")
  return minutes >= 0
    ? t("aftersales.sla.countdown.dueIn", { span })
    : t("aftersales.sla.countdown.overdue", { span })
}

export const SlaStatusBadge = ({ status }: { status: SlaStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={STATUS_COLORS[status]} data-testid="aftersales-ticket-sla" data-sla-status={status}>
      {t(`aftersales.sla.status.${status}`)}
    </Badge>
  )
}

/** The SLA column of the service desk list: status and the time to the next due target. */
export const SlaBadge = ({ ticket }: { ticket: { id: string } & TicketSlaFields }) => {
  const { t, i18n } = useTranslation()
  const now = useNow()
  if (!ticket.sla_status) {
    return <span className="text-ui-fg-muted">-</span>
  }
  const badge = <SlaStatusBadge status={ticket.sla_status} />
  if (!ticket.sla_due_at || ticket.sla_status === "paused") {
    return badge
  }
  return (
    <Tooltip content={formatDateTime(ticket.sla_due_at, i18n.language)}>
      <span className="flex items-center gap-x-2">
        {badge}
        <span className="text-ui-fg-subtle txt-compact-small whitespace-nowrap">
          {formatCountdown(t, ticket.sla_due_at, now)}
        </span>
      </span>
    </Tooltip>
  )
}
