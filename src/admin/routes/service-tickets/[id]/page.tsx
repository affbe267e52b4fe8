import { ArrowPath } from "@medusajs/icons"
import {
  Button,
  Container,
  Heading,
  Label,
  Select,
  Text,
  toast,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"

import {
  PermissionGate,
  RequirePermission,
} from "../../../components/permission-gate"
import {
  PriorityBadge,
  StageBadge,
  useStageLabel,
} from "../../../components/service-ticket-badges"
import { CustomerServicePanel } from "../../../components/customer-profiles/customer-service-panel"
import { ErrorState, LoadingState } from "../../../components/states"
import { CUSTOMER_PROFILE_PERMISSIONS } from "../../../hooks/api/customer-profiles"
import {
  useAssignServiceTicket,
  useServiceTicket,
  useTicketPipelines,
  useTransitionServiceTicket,
} from "../../../hooks/api/service-tickets"
import { useAdminUsers } from "../../../hooks/api/users"
import { formatDateTime } from "../../../lib/format"
import { PERMISSIONS } from "../../../lib/permissions"
import {
  ServiceTicketDetail,
  TicketPipeline,
} from "../../../lib/types"
import { userDisplayName } from "../../settings/aftersales-roles/components/user-display"
import { customerDisplayName } from "../components/create-ticket-drawer"
import { Composer } from "./components/composer"
import { SlaPanel } from "../components/sla-panel"
import { Conversation } from "./components/conversation"
import { TasksPanel } from "./components/tasks-panel"
import { TicketRepairButton } from "../../repair-orders/components/ticket-repair-button"
import { Timeline } from "./components/timeline"
import { useTicketErrorToast } from "./components/use-ticket-error"

const ANY_STAGE = "*"
const UNASSIGNED = "__unassigned__"

/** The transitions the ticket's pipeline allows from its current stage (`*` = any stage). */
function allowedTransitions(pipeline: TicketPipeline | undefined, stage: string) {
  if (!pipeline) {
    return []
  }
  const seen = new Set<string>()
  return (pipeline.definition?.transitions ?? []).filter((transition) => {
    const matches =
      (transition.from === stage || transition.from === ANY_STAGE) &&
      transition.to !== stage &&
      !seen.has(transition.to)
    if (matches) {
      seen.add(transition.to)
    }
    return matches
  })
}

const TicketHeader = ({
  ticket,
  pipeline,
  userNames,
  onReload,
}: {
  ticket: ServiceTicketDetail
  pipeline?: TicketPipeline
  userNames: Map<string, string>
  onReload: () => void
}) => {
  const { t, i18n } = useTranslation()
  const stageLabel = useStageLabel()
  const { users } = useAdminUsers()
  const showError = useTicketErrorToast(onReload)
  const transition = useTransitionServiceTicket(ticket.id)
  const assign = useAssignServiceTicket(ticket.id)

  const stages = pipeline?.definition?.stages ?? []
  const stageName = (key: string) => stages.find((s) => s.key === key)?.name
  const transitions = allowedTransitions(pipeline, ticket.stage)

  const onTransition = async (to: string) => {
    try {
      await transition.mutateAsync({ to, expected_version: ticket.version })
      toast.success(
        t("aftersales.serviceDesk.toasts.transitioned", {
          stage: stageLabel(to, stageName(to)),
        })
      )
    } catch (error) {
      showError(error)
    }
  }

  const onAssign = async (value: string) => {
    const assigneeId = value === UNASSIGNED ? null : value
    if (assigneeId === ticket.assignee_id) {
      return
    }
    try {
      await assign.mutateAsync({
        assignee_id: assigneeId,
        expected_version: ticket.version,
      })
      toast.success(
        assigneeId
          ? t("aftersales.serviceDesk.toasts.assigned", {
              assignee: userNames.get(assigneeId) ?? assigneeId,
            })
          : t("aftersales.serviceDesk.toasts.unassigned")
      )
    } catch (error) {
      showError(error)
    }
  }

  const customerLabel = ticket.customer
    ? customerDisplayName(ticket.customer)
    : ticket.customer_id

  return (
    <Container className="divide-y p-0" data-testid="aftersales-ticket-detail">
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="flex flex-col gap-y-1">
            <Text size="small" className="text-ui-fg-subtle font-mono">
              {ticket.number}
            </Text>
            <Heading level="h1">{ticket.subject}</Heading>
          </div>
          <div className="flex items-center gap-x-2">
            <StageBadge
              stage={ticket.stage}
              category={ticket.stage_category}
              name={stageName(ticket.stage)}
            />
            <PriorityBadge priority={ticket.priority} />
            <TicketRepairButton ticketId={ticket.id} />
            <Button size="small" variant="transparent" onClick={onReload}>
              <ArrowPath />
            </Button>
          </div>
        </div>
        {ticket.description && (
          <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap">
            {ticket.description}
          </Text>
        )}
      </div>
      <div className="grid grid-cols-1 gap-x-4 gap-y-2 px-6 py-4 md:grid-cols-[160px_1fr]">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {t("aftersales.serviceDesk.fields.customer")}
        </Text>
        <Text size="small">
          {ticket.customer_id ? (
            <Link
              to={`/customers/${ticket.customer_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              data-testid="aftersales-ticket-customer-link"
            >
              {customerLabel}
            </Link>
          ) : (
            "-"
          )}
        </Text>
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {t("aftersales.serviceDesk.fields.order")}
        </Text>
        <Text size="small">
          {ticket.order_id ? (
            <Link
              to={`/orders/${ticket.order_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            >
              #{ticket.order?.display_id ?? ticket.order_id}
            </Link>
          ) : (
            "-"
          )}
        </Text>
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {t("aftersales.serviceDesk.fields.type")}
        </Text>
        <Text size="small">
          {t(`aftersales.serviceDesk.types.${ticket.type}`, { defaultValue: ticket.type })}
          {" · "}
          {t(`aftersales.serviceDesk.channels.${ticket.channel}`, {
            defaultValue: ticket.channel,
          })}
        </Text>
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {t("aftersales.serviceDesk.fields.assignee")}
        </Text>
        <Text size="small" data-testid="aftersales-ticket-assignee">
          {ticket.assignee_id
            ? userNames.get(ticket.assignee_id) ?? ticket.assignee_id
            : t("aftersales.serviceDesk.unassigned")}
        </Text>
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {t("aftersales.common.updatedAt")}
        </Text>
        <Text size="small">{formatDateTime(ticket.updated_at, i18n.language)}</Text>
      </div>
      <PermissionGate permission={PERMISSIONS.SERVICE_TICKETS_WRITE}>
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex flex-col gap-y-2">
            <Text size="small" weight="plus">
              {t("aftersales.serviceDesk.detail.moveTo")}
            </Text>
            {transitions.length ? (
              <div className="flex flex-wrap gap-2" data-testid="aftersales-ticket-transitions">
                {transitions.map((item) => (
                  <Button
                    key={item.to}
                    size="small"
                    variant="secondary"
                    disabled={transition.isPending}
                    onClick={() => onTransition(item.to)}
                    data-testid="aftersales-ticket-transition"
                    data-to={item.to}
                  >
                    {stageLabel(item.to, stageName(item.to))}
                  </Button>
                ))}
              </div>
            ) : (
              <Text size="small" className="text-ui-fg-muted">
                {t("aftersales.serviceDesk.detail.noTransitions")}
              </Text>
            )}
          </div>
          <div className="flex max-w-[360px] flex-col gap-y-2">
            <Label size="small" weight="plus" htmlFor="aftersales-ticket-assign">
              {t("aftersales.serviceDesk.detail.assign")}
            </Label>
            <Select
              size="small"
              value={ticket.assignee_id ?? UNASSIGNED}
              onValueChange={onAssign}
              disabled={assign.isPending}
            >
              <Select.Trigger id="aftersales-ticket-assign">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={UNASSIGNED}>
                  {t("aftersales.serviceDesk.unassigned")}
                </Select.Item>
                {(users ?? []).map((user) => (
                  <Select.Item key={user.id} value={user.id}>
                    {userDisplayName(user)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
      </PermissionGate>
    </Container>
  )
}

const ServiceTicketDetailView = ({ id }: { id: string }) => {
  const { service_ticket, isPending, isError, error, refetch } = useServiceTicket(id)
  const { ticket_pipelines } = useTicketPipelines()
  const { users } = useAdminUsers()

  const userNames = useMemo(
    () => new Map((users ?? []).map((user) => [user.id, userDisplayName(user)])),
    [users]
  )

  if (isPending) {
    return <LoadingState rows={6} />
  }
  if (isError || !service_ticket) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const pipeline = ticket_pipelines?.find(
    (candidate) => candidate.key === service_ticket.pipeline_key
  )
  const customerName = service_ticket.customer
    ? [service_ticket.customer.first_name, service_ticket.customer.last_name]
        .filter(Boolean)
        .join(" ") || service_ticket.customer.email || undefined
    : undefined

  return (
    <div className="flex flex-col gap-y-3 xl:grid xl:grid-cols-[1fr_360px] xl:items-start xl:gap-3">
      <div className="flex flex-col gap-y-3">
        <TicketHeader
          ticket={service_ticket}
          pipeline={pipeline}
          userNames={userNames}
          onReload={() => refetch()}
        />
        <Conversation
          messages={service_ticket.messages ?? []}
          userNames={userNames}
          customerName={customerName}
        />
        <PermissionGate permission={PERMISSIONS.SERVICE_TICKETS_WRITE}>
          <Composer ticket={service_ticket} />
        </PermissionGate>
        <TasksPanel ticketId={service_ticket.id} userNames={userNames} />
      </div>
      <div className="flex flex-col gap-y-3">
        <SlaPanel ticket={service_ticket} />
        {service_ticket.customer_id && (
          <PermissionGate permission={CUSTOMER_PROFILE_PERMISSIONS.READ}>
            <CustomerServicePanel customerId={service_ticket.customer_id} />
          </PermissionGate>
        )}
        <Timeline activities={service_ticket.activities ?? []} userNames={userNames} />
      </div>
    </div>
  )
}

const ServiceTicketPage = () => {
  const { id } = useParams()

  return (
    <RequirePermission permission={PERMISSIONS.SERVICE_TICKETS_READ}>
      <ServiceTicketDetailView id={id!} />
    </RequirePermission>
  )
}

const TicketBreadcrumb = ({ id }: { id: string }) => {
  const { service_ticket } = useServiceTicket(id)
  return <>{service_ticket?.number ?? id}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id: string } }) => (
    <TicketBreadcrumb id={params.id} />
  ),
}

export default ServiceTicketPage
