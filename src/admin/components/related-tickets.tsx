import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useServiceTickets } from "../hooks/api/service-tickets"
import { formatDateTime } from "../lib/format"
import { PERMISSIONS } from "../lib/permissions"
import { PermissionGate } from "./permission-gate"
import { PriorityBadge, StageBadge } from "./service-ticket-badges"
import { EmptyState, ErrorState, SectionHeader } from "./states"

type Filter = { customer_id: string } | { order_id: string }

const RelatedTicketsList = ({ filter }: { filter: Filter }) => {
  const { t, i18n } = useTranslation()
  const { service_tickets, count, isPending, isError, error, refetch } =
    useServiceTickets({ ...filter, limit: 10, offset: 0, order: "-updated_at" })

  return (
    <Container className="divide-y p-0" data-testid="aftersales-related-tickets">
      <SectionHeader
        title={t("aftersales.serviceDesk.widget.title")}
        actions={
          count ? (
            <Text size="small" className="text-ui-fg-subtle">
              {count}
            </Text>
          ) : undefined
        }
      />
      {isPending ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-muted">
            {t("aftersales.common.loading")}
          </Text>
        </div>
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !service_tickets?.length ? (
        <EmptyState inline title={t("aftersales.serviceDesk.widget.empty")} />
      ) : (
        <ul className="divide-y">
          {service_tickets.map((ticket) => (
            <li key={ticket.id}>
              <Link
                to={`/service-tickets/${ticket.id}`}
                className="hover:bg-ui-bg-base-hover flex flex-col gap-y-1 px-6 py-3 transition-colors"
                data-testid="aftersales-related-ticket"
              >
                <div className="flex items-center justify-between gap-x-2">
                  <Text size="small" leading="compact" weight="plus" className="truncate">
                    <span className="font-mono">{ticket.number}</span>{" "}
                    {ticket.subject}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
                    {formatDateTime(ticket.updated_at, i18n.language)}
                  </Text>
                </div>
                <div className="flex items-center gap-x-1">
                  <StageBadge stage={ticket.stage} category={ticket.stage_category} />
                  <PriorityBadge priority={ticket.priority} />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}

/** The tickets of a customer or an order, for detail-page widgets (service_tickets:read). */
export const RelatedTickets = ({ filter }: { filter: Filter }) => (
  <PermissionGate permission={PERMISSIONS.SERVICE_TICKETS_READ}>
    <RelatedTicketsList filter={filter} />
  </PermissionGate>
)
