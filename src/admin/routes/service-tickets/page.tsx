import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight, Plus } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { DataTable } from "../../components/data-table"
import {
  PermissionGate,
  RequirePermission,
} from "../../components/permission-gate"
import {
  PriorityBadge,
  StageBadge,
} from "../../components/service-ticket-badges"
import { ErrorState } from "../../components/states"
import {
  useServiceTickets,
  useTicketPipelines,
} from "../../hooks/api/service-tickets"
import { useAdminUsers } from "../../hooks/api/users"
import { usePagination } from "../../hooks/use-pagination"
import { formatDateTime } from "../../lib/format"
import { PERMISSIONS } from "../../lib/permissions"
import { CustomerSummary, PipelineStage, ServiceTicket } from "../../lib/types"
import { userDisplayName } from "../settings/aftersales-roles/components/user-display"
import { useBulkAssign } from "./components/bulk-assign"
import { SlaBadge } from "./components/sla-badge"
import {
  CreateTicketDrawer,
  customerDisplayName,
} from "./components/create-ticket-drawer"
import {
  EMPTY_TICKET_FILTERS,
  TicketFilterForm,
  TicketFiltersBar,
  toTicketQuery,
} from "./components/ticket-filters"

const PAGE_SIZE = 20
type TicketRow = ServiceTicket & { customer?: CustomerSummary | null }
const columnHelper = createDataTableColumnHelper<TicketRow>()

const ServiceTicketsList = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const { pagination, setPagination, resetPagination, limit, offset } =
    usePagination(PAGE_SIZE)
  const [filters, setFilters] = useState<TicketFilterForm>(EMPTY_TICKET_FILTERS)
  const [creating, setCreating] = useState(false)
  const bulkAssign = useBulkAssign()

  const { users } = useAdminUsers()
  const { ticket_pipelines } = useTicketPipelines()

  const { service_tickets, count, isPending, isError, error, refetch } =
    useServiceTickets(
      {
        ...toTicketQuery(filters),
        limit,
        offset,
        order: "-updated_at",
        // The read-only customer link resolves the customer's name in the same request.
        fields: "+customer.id,+customer.email,+customer.first_name,+customer.last_name",
      },
      { placeholderData: keepPreviousData }
    )

  const stages = useMemo(() => {
    const byKey = new Map<string, PipelineStage>()
    for (const pipeline of ticket_pipelines ?? []) {
      for (const stage of pipeline.definition?.stages ?? []) {
        if (!byKey.has(stage.key)) {
          byKey.set(stage.key, stage)
        }
      }
    }
    return [...byKey.values()]
  }, [ticket_pipelines])

  const stageNames = useMemo(
    () => new Map(stages.map((stage) => [stage.key, stage.name])),
    [stages]
  )
  const userNames = useMemo(
    () => new Map((users ?? []).map((user) => [user.id, userDisplayName(user)])),
    [users]
  )

  const columns = useMemo(
    () => [
      ...(bulkAssign.enabled ? [columnHelper.select()] : []),
      columnHelper.accessor("number", {
        size: 120,
        header: t("aftersales.serviceDesk.fields.number"),
        cell: ({ getValue }) => (
          <span className="font-mono txt-compact-small">{getValue()}</span>
        ),
      }),
      columnHelper.accessor("subject", {
        size: 320,
        header: t("aftersales.serviceDesk.fields.subject"),
        cell: ({ getValue }) => (
          <span className="block max-w-[320px] truncate" title={getValue()}>
            {getValue()}
          </span>
        ),
      }),
      columnHelper.accessor("customer_id", {
        size: 220,
        header: t("aftersales.serviceDesk.fields.customer"),
        cell: ({ row }) => {
          const { customer, customer_id } = row.original
          const label = customer ? customerDisplayName(customer) : customer_id ?? "-"
          return (
            <span className="block max-w-[220px] truncate" title={label}>
              {label}
            </span>
          )
        },
      }),
      columnHelper.accessor("stage", {
        size: 150,
        header: t("aftersales.serviceDesk.fields.stage"),
        cell: ({ row }) => (
          <StageBadge
            stage={row.original.stage}
            category={row.original.stage_category}
            name={stageNames.get(row.original.stage)}
          />
        ),
      }),
      columnHelper.accessor("priority", {
        size: 110,
        header: t("aftersales.serviceDesk.fields.priority"),
        cell: ({ getValue }) => <PriorityBadge priority={getValue()} />,
      }),
      columnHelper.display({
        id: "sla",
        size: 190,
        header: t("aftersales.sla.column"),
        cell: ({ row }) => <SlaBadge ticket={row.original} />,
      }),
      columnHelper.accessor("assignee_id", {
        size: 200,
        header: t("aftersales.serviceDesk.fields.assignee"),
        cell: ({ getValue }) => {
          const id = getValue()
          return (
            <span className="block max-w-[200px] truncate">
              {id
                ? userNames.get(id) ?? id
                : t("aftersales.serviceDesk.unassigned")}
            </span>
          )
        },
      }),
      columnHelper.accessor("updated_at", {
        size: 170,
        header: t("aftersales.common.updatedAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
    ],
    [t, i18n.language, stageNames, userNames, bulkAssign.enabled]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="p-0" data-testid="aftersales-service-desk">
      <DataTable
        testId="aftersales-tickets-table"
        heading={t("aftersales.serviceDesk.title")}
        subHeading={t("aftersales.serviceDesk.description")}
        data={service_tickets}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        onRowClick={(row) => navigate(`/service-tickets/${row.id}`)}
        {...(bulkAssign.enabled
          ? {
              rowSelection: bulkAssign.rowSelection,
              commands: bulkAssign.commands,
              selectedLabel: bulkAssign.selectedLabel,
            }
          : {})}
        actions={
          <>
            <Button
              size="small"
              variant="transparent"
              onClick={() => navigate("/service-tickets/tasks")}
              data-testid="aftersales-tasks-due-link"
            >
              {t("aftersales.followUps.dueTitle")}
            </Button>
            <PermissionGate permission={PERMISSIONS.SERVICE_TICKETS_WRITE}>
              <Button
                size="small"
                variant="secondary"
                onClick={() => setCreating(true)}
                data-testid="aftersales-ticket-create"
              >
                <Plus />
                {t("aftersales.serviceDesk.create.button")}
              </Button>
            </PermissionGate>
          </>
        }
        toolbar={
          <TicketFiltersBar
            value={filters}
            stages={stages}
            users={users ?? []}
            onApply={(next) => {
              setFilters(next)
              resetPagination()
            }}
          />
        }
        emptyState={{
          empty: {
            heading: t("aftersales.serviceDesk.empty.title"),
            description: t("aftersales.serviceDesk.empty.description"),
          },
          filtered: {
            heading: t("aftersales.serviceDesk.empty.filteredTitle"),
            description: t("aftersales.serviceDesk.empty.filteredDescription"),
          },
        }}
      />
      <CreateTicketDrawer open={creating} onOpenChange={setCreating} />
      {bulkAssign.drawer}
    </Container>
  )
}

const ServiceTicketsPage = () => (
  <RequirePermission permission={PERMISSIONS.SERVICE_TICKETS_READ}>
    <ServiceTicketsList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.nav.serviceDesk",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.nav.serviceDesk" />,
}

export default ServiceTicketsPage
