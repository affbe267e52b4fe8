import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Wrench } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  Heading,
  Switch,
  Label,
  Text,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { DataTable } from "../../components/data-table"
import { PermissionGate, RequirePermission } from "../../components/permission-gate"
import { ErrorState } from "../../components/states"
import {
  REPAIR_PERMISSIONS,
  RepairOrder,
  useFaultCodes,
  useRepairOrders,
} from "../../hooks/api/repair-orders"
import { usePagination } from "../../hooks/use-pagination"
import { formatDateTime } from "../../lib/format"
import { CreateRepairDrawer } from "./components/create-repair-drawer"
import { RepairBoard } from "./components/repair-board"
import {
  EMPTY_REPAIR_FILTERS,
  RepairFilterForm,
  RepairFiltersBar,
  toRepairQuery,
} from "./components/repair-filters"
import {
  RepairPriorityBadge,
  RepairStageBadge,
  repairCustomerLabel,
  useRepairStages,
  useTechnicianNames,
  WarrantyBadge,
} from "./components/shared"

const PAGE_SIZE = 20
/** The board shows the newest repairs of each open stage; the list pages through everything. */
const BOARD_LIMIT = 300
const LIST_FIELDS = "+customer.id,+customer.email,+customer.first_name,+customer.last_name"
const columnHelper = createDataTableColumnHelper<RepairOrder>()

type View = "board" | "list"

const RepairOrdersView = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const view: View = searchParams.get("view") === "list" ? "list" : "board"
  const { pagination, setPagination, resetPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [filters, setFilters] = useState<RepairFilterForm>(EMPTY_REPAIR_FILTERS)
  const [creating, setCreating] = useState(false)
  const [showClosed, setShowClosed] = useState(false)

  const { stages, pipelines } = useRepairStages()
  const { names: technicianNames, list: technicians } = useTechnicianNames()
  const { fault_codes } = useFaultCodes({ is_active: true })
  const stageByKey = useMemo(() => new Map(stages.map((stage) => [stage.key, stage])), [stages])

  const query = toRepairQuery(filters)
  const { repair_orders, count, isPending, isError, error, refetch } = useRepairOrders(
    view === "list"
      ? { ...query, limit, offset, order: "-created_at", fields: LIST_FIELDS }
      : { ...query, stage: undefined, limit: BOARD_LIMIT, order: "-created_at", fields: LIST_FIELDS },
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("number", {
        size: 120,
        header: t("aftersales.repairs.fields.number"),
        cell: ({ getValue }) => <span className="font-mono txt-compact-small">{getValue()}</span>,
      }),
      columnHelper.accessor("product_title", {
        size: 220,
        header: t("aftersales.repairs.fields.product"),
        cell: ({ row }) => (
          <div className="flex max-w-[220px] flex-col">
            <span className="truncate">{row.original.product_title ?? "-"}</span>
            {row.original.serial_number && (
              <span className="text-ui-fg-muted txt-compact-xsmall truncate font-mono">
                {row.original.serial_number}
              </span>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("customer_id", {
        size: 200,
        header: t("aftersales.repairs.fields.customer"),
        cell: ({ row }) => <span className="block max-w-[200px] truncate">{repairCustomerLabel(row.original)}</span>,
      }),
      columnHelper.accessor("stage", {
        size: 150,
        header: t("aftersales.repairs.fields.stage"),
        cell: ({ row }) => (
          <RepairStageBadge
            stage={row.original.stage}
            category={row.original.stage_category}
            name={stageByKey.get(row.original.stage)?.name}
          />
        ),
      }),
      columnHelper.accessor("warranty_status", {
        size: 140,
        header: t("aftersales.repairs.fields.warranty"),
        cell: ({ getValue }) => <WarrantyBadge status={getValue()} />,
      }),
      columnHelper.accessor("priority", {
        size: 100,
        header: t("aftersales.repairs.fields.priority"),
        cell: ({ getValue }) => <RepairPriorityBadge priority={getValue()} />,
      }),
      columnHelper.accessor("technician_id", {
        size: 160,
        header: t("aftersales.repairs.fields.technician"),
        cell: ({ getValue }) => {
          const id = getValue()
          return id ? technicianNames.get(id) ?? id : t("aftersales.repairs.unassigned")
        },
      }),
      columnHelper.accessor("fault_codes", {
        size: 140,
        header: t("aftersales.repairs.fields.faultCodes"),
        cell: ({ getValue }) => (getValue() ?? []).join(", ") || "-",
      }),
      columnHelper.accessor("created_at", {
        size: 170,
        header: t("aftersales.common.createdAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
    ],
    [t, i18n.language, stageByKey, technicianNames]
  )

  const setView = (next: View) => {
    const params = new URLSearchParams(searchParams)
    params.set("view", next)
    setSearchParams(params, { replace: true })
  }

  const applyFilters = (next: RepairFilterForm) => {
    setFilters(next)
    resetPagination()
  }

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const viewToggle = (
    <div className="bg-ui-bg-subtle flex rounded-md p-0.5" role="tablist">
      {(["board", "list"] as View[]).map((candidate) => (
        <Button
          key={candidate}
          size="small"
          type="button"
          role="tab"
          aria-selected={view === candidate}
          variant={view === candidate ? "secondary" : "transparent"}
          onClick={() => setView(candidate)}
          data-testid={`aftersales-repair-view-${candidate}`}
        >
          {t(`aftersales.repairs.views.${candidate}`)}
        </Button>
      ))}
    </div>
  )

  const createButton = (
    <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
      <Button
        size="small"
        variant="secondary"
        className="whitespace-nowrap"
        onClick={() => setCreating(true)}
        data-testid="aftersales-repair-create"
      >
        <Plus />
        {t("aftersales.repairs.create.button")}
      </Button>
    </PermissionGate>
  )

  const filterBar = (
    <RepairFiltersBar
      value={filters}
      onApply={applyFilters}
      stages={stages}
      technicians={technicians}
      faultCodes={fault_codes ?? []}
      hideStage={view === "board"}
    />
  )

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repairs-page">
      {view === "list" ? (
        <DataTable
          testId="aftersales-repairs-table"
          heading={t("aftersales.repairs.title")}
          subHeading={t("aftersales.repairs.description")}
          data={repair_orders}
          columns={columns}
          getRowId={(row) => row.id}
          rowCount={count}
          isLoading={isPending}
          pagination={{ state: pagination, onPaginationChange: setPagination }}
          onRowClick={(row) => navigate(`/repair-orders/${row.id}`)}
          actions={
            <>
              {viewToggle}
              {createButton}
            </>
          }
          toolbar={filterBar}
          emptyState={{
            empty: {
              heading: t("aftersales.repairs.empty.title"),
              description: t("aftersales.repairs.empty.description"),
            },
            filtered: {
              heading: t("aftersales.repairs.empty.filteredTitle"),
              description: t("aftersales.repairs.empty.filteredDescription"),
            },
          }}
        />
      ) : (
        <>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex flex-wrap items-center justify-between gap-4">
              <div className="flex flex-col gap-y-1">
                <Heading level="h2">{t("aftersales.repairs.title")}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("aftersales.repairs.description")}
                </Text>
              </div>
              <div className="flex items-center gap-x-2">
                {viewToggle}
                {createButton}
              </div>
            </div>
            {filterBar}
            <div className="flex items-center gap-x-2">
              <Switch id="repair-board-closed" checked={showClosed} onCheckedChange={setShowClosed} />
              <Label size="small" htmlFor="repair-board-closed">
                {t("aftersales.repairs.board.showClosed")}
              </Label>
              {count !== undefined && count > BOARD_LIMIT && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("aftersales.repairs.board.truncated", { shown: BOARD_LIMIT, count })}
                </Text>
              )}
            </div>
          </div>
          <RepairBoard
            repairs={repair_orders ?? []}
            stages={stages}
            pipelines={pipelines}
            technicianNames={technicianNames}
            showClosed={showClosed}
          />
        </>
      )}
      <CreateRepairDrawer open={creating} onOpenChange={setCreating} />
    </Container>
  )
}

const RepairOrdersPage = () => (
  <RequirePermission permission={REPAIR_PERMISSIONS.READ}>
    <RepairOrdersView />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.repairs.nav",
  translationNs: "translation",
  icon: Wrench,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.repairs.nav" />,
}

export default RepairOrdersPage
