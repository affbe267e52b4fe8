import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { SectionHeader } from "../../../components/states"
import { TicketSlaFields, useSlaPolicy } from "../../../hooks/api/sla"
import { formatDateTime } from "../../../lib/format"
import { formatCountdown, SlaStatusBadge, useNow } from "./sla-badge"

type TargetRow = {
  target: "first_response" | "next_response" | "resolution"
  due: string | null | undefined
  /** When the clock stopped (answered, resolved), if it did. */
  stoppedAt: string | null | undefined
}

/**
 * The ticket page's SLA panel: the policy, the overall status and, per target, the due time
 * with a live countdown, or whether it was met. Times count down in wall-clock time; the due
 * times themselves are computed in business time from the policy's calendar.
 */
export const SlaPanel = ({ ticket }: { ticket: { id: string } & TicketSlaFields }) => {
  const { t, i18n } = useTranslation()
  const now = useNow()
  const { sla_policy } = useSlaPolicy(ticket.sla_policy_id)

  if (!ticket.sla_policy_id) {
    return null
  }
  const rows: TargetRow[] = [
    { target: "first_response", due: ticket.first_response_due_at, stoppedAt: ticket.first_responded_at },
    {
      target: "next_response",
      due: ticket.next_response_due_at,
      stoppedAt: null,
    },
    {
      target: "resolution",
      due: ticket.resolution_due_at,
      stoppedAt: ticket.resolved_at ?? ticket.closed_at,
    },
  ]
  const paused = !!ticket.sla_paused_since

  const describe = ({ target, due, stoppedAt }: TargetRow) => {
    if (target === "next_response" && !due) {
      return t("aftersales.sla.panel.nothingWaiting")
    }
    if (!due) {
      return t("aftersales.sla.panel.noTarget")
    }
    if (stoppedAt) {
      return new Date(stoppedAt).getTime() <= new Date(due).getTime()
        ? t("aftersales.sla.panel.met", { at: formatDateTime(stoppedAt, i18n.language) })
        : t("aftersales.sla.panel.missed", { at: formatDateTime(stoppedAt, i18n.language) })
    }
    if (paused) {
      return t("aftersales.sla.panel.paused")
    }
    return formatCountdown(t, due, now)
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-ticket-sla-panel">
      <SectionHeader
        title={t("aftersales.sla.panel.title")}
        description={sla_policy?.name}
        actions={ticket.sla_status ? <SlaStatusBadge status={ticket.sla_status} /> : undefined}
      />
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {rows.map((row) => (
          <div key={row.target} className="flex items-start justify-between gap-x-4" data-sla-target={row.target}>
            <div className="flex flex-col">
              <Text size="small" weight="plus">
                {t(`aftersales.sla.targets.${row.target}`)}
              </Text>
              {row.due && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("aftersales.sla.panel.due", { at: formatDateTime(row.due, i18n.language) })}
                </Text>
              )}
            </div>
            <Text size="small" className="text-ui-fg-subtle text-right">
              {describe(row)}
            </Text>
          </div>
        ))}
        {paused && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("aftersales.sla.panel.pausedSince", {
              at: formatDateTime(ticket.sla_paused_since, i18n.language),
            })}
          </Text>
        )}
        {ticket.escalated_at && (
          <Text size="xsmall" className="text-ui-fg-error">
            {t("aftersales.sla.panel.escalated", { at: formatDateTime(ticket.escalated_at, i18n.language) })}
          </Text>
        )}
      </div>
    </Container>
  )
}
