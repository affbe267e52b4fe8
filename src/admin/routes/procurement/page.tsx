import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText, Plus } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, Select, Tabs, toast } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { DataTable } from "../../components/data-table"
import { PermissionGate, RequirePermission } from "../../components/permission-gate"
import { ErrorState } from "../../components/states"
import {
  PurchaseOrder,
  PurchaseOrderStatus,
  PurchaseRequisition,
  RequisitionStatus,
  useConvertRequisitions,
  usePurchaseOrders,
  usePurchaseRequisitions,
} from "../../hooks/api/procurement"
import { useAdminUsers } from "../../hooks/api/users"
import { usePagination } from "../../hooks/use-pagination"
import { getErrorMessage } from "../../lib/errors"
import { formatDateTime } from "../../lib/format"
import { userDisplayName } from "../settings/aftersales-roles/components/user-display"
import { CreateRequisitionDrawer } from "./components/create-requisition-drawer"
import {
  formatDate,
  PurchaseOrderStatusBadge,
  RequisitionStatusBadge,
  useFormatMoney,
  useProcurementNames,
} from "./components/shared"

const PAGE_SIZE = 20
const ALL = "__all__"
const REQUISITION_STATUSES: RequisitionStatus[] = ["draft", "pending_approval", "approved", "rejected", "converted", "canceled"]
const ORDER_STATUSES: PurchaseOrderStatus[] = ["draft", "ordered", "partially_received", "received", "closed", "canceled"]

const requisitionColumns = createDataTableColumnHelper<PurchaseRequisition>()
const orderColumns = createDataTableColumnHelper<PurchaseOrder>()

const StatusFilter = ({
  value,
  onChange,
  statuses,
  prefix,
}: {
  value: string
  onChange: (value: string) => void
  statuses: string[]
  prefix: string
}) => {
  const { t } = useTranslation()
  return (
    <div className="w-[220px]">
      <Select size="small" value={value} onValueChange={onChange}>
        <Select.Trigger data-testid="aftersales-procurement-status-filter">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>{t("aftersales.procurement.allStatuses")}</Select.Item>
          {statuses.map((status) => (
            <Select.Item key={status} value={status}>
              {t(`${prefix}.${status}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

const RequisitionsTab = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const formatMoney = useFormatMoney()
  const { users } = useAdminUsers()
  const { pagination, setPagination, resetPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [status, setStatus] = useState(ALL)
  const [creating, setCreating] = useState(false)
  const [selection, setSelection] = useState<Record<string, boolean>>({})
  const convert = useConvertRequisitions()
  const { purchase_requisitions, count, isPending, isError, error, refetch } = usePurchaseRequisitions(
    { limit, offset, order: "-created_at", ...(status === ALL ? {} : { status }) },
    { placeholderData: keepPreviousData }
  )
  const userNames = useMemo(() => new Map((users ?? []).map((user) => [user.id, userDisplayName(user)])), [users])

  const columns = useMemo(
    () => [
      requisitionColumns.select(),
      requisitionColumns.accessor("number", {
        header: t("aftersales.procurement.fields.number"),
        cell: ({ getValue }) => <span className="font-mono txt-compact-small">{getValue()}</span>,
      }),
      requisitionColumns.accessor("status", {
        header: t("aftersales.procurement.fields.status"),
        cell: ({ getValue }) => <RequisitionStatusBadge status={getValue()} />,
      }),
      requisitionColumns.display({
        id: "parts",
        header: t("aftersales.procurement.fields.lines"),
        cell: ({ row }) => (
          <span className="block max-w-[260px] truncate">
            {row.original.lines.map((line) => `${line.quantity} × ${line.part_number}`).join(", ")}
          </span>
        ),
      }),
      requisitionColumns.accessor("estimated_total", {
        header: t("aftersales.procurement.fields.estimatedTotal"),
        cell: ({ row }) => formatMoney(row.original.estimated_total, row.original.currency_code),
      }),
      requisitionColumns.accessor("required_approver_role", {
        header: t("aftersales.procurement.fields.approverRole"),
        cell: ({ getValue }) => getValue() ?? "-",
      }),
      requisitionColumns.accessor("requested_by", {
        header: t("aftersales.procurement.fields.requestedBy"),
        cell: ({ getValue }) => {
          const id = getValue()
          return id ? userNames.get(id) ?? id : "-"
        },
      }),
      requisitionColumns.accessor("created_at", {
        header: t("aftersales.common.createdAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
    ],
    [t, i18n.language, userNames, formatMoney]
  )

  const selectedIds = Object.keys(selection).filter((id) => selection[id])

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <>
      <DataTable
        testId="aftersales-requisitions-table"
        heading={t("aftersales.procurement.requisitions.title")}
        subHeading={t("aftersales.procurement.requisitions.description")}
        data={purchase_requisitions}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        onRowClick={(row) => navigate(`/procurement/requisitions/${row.id}`)}
        rowSelection={{ state: selection, onRowSelectionChange: setSelection }}
        selectedLabel={(selected) => t("aftersales.procurement.selected", { count: selected })}
        commands={[
          {
            label: t("aftersales.procurement.actions.convert"),
            shortcut: "c",
            action: async () => {
              try {
                const { purchase_orders } = await convert.mutateAsync(selectedIds)
                setSelection({})
                toast.success(
                  t("aftersales.procurement.toasts.converted", {
                    numbers: purchase_orders.map((order) => order.number).join(", "),
                  })
                )
              } catch (failure) {
                toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
              }
            },
          },
        ]}
        actions={
          <PermissionGate permission="purchasing:write">
            <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="aftersales-requisition-create">
              <Plus />
              {t("aftersales.procurement.create.button")}
            </Button>
          </PermissionGate>
        }
        toolbar={
          <StatusFilter
            value={status}
            statuses={REQUISITION_STATUSES}
            prefix="aftersales.procurement.requisitionStatuses"
            onChange={(next) => {
              setStatus(next)
              resetPagination()
            }}
          />
        }
        emptyState={{
          empty: {
            heading: t("aftersales.procurement.requisitions.emptyTitle"),
            description: t("aftersales.procurement.requisitions.emptyDescription"),
          },
          filtered: {
            heading: t("aftersales.procurement.requisitions.emptyTitle"),
            description: t("aftersales.procurement.filteredEmpty"),
          },
        }}
      />
      <CreateRequisitionDrawer open={creating} onOpenChange={setCreating} />
    </>
  )
}

const PurchaseOrdersTab = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const formatMoney = useFormatMoney()
  const names = useProcurementNames()
  const { pagination, setPagination, resetPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [status, setStatus] = useState(ALL)
  const { purchase_orders, count, isPending, isError, error, refetch } = usePurchaseOrders(
    { limit, offset, order: "-created_at", ...(status === ALL ? {} : { status }) },
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      orderColumns.accessor("number", {
        header: t("aftersales.procurement.fields.number"),
        cell: ({ getValue }) => <span className="font-mono txt-compact-small">{getValue()}</span>,
      }),
      orderColumns.accessor("status", {
        header: t("aftersales.procurement.fields.status"),
        cell: ({ getValue }) => <PurchaseOrderStatusBadge status={getValue()} />,
      }),
      orderColumns.accessor("supplier_id", {
        header: t("aftersales.procurement.fields.supplier"),
        cell: ({ getValue }) => names.suppliers.get(getValue()) ?? getValue(),
      }),
      orderColumns.accessor("total", {
        header: t("aftersales.procurement.fields.total"),
        cell: ({ row }) => formatMoney(row.original.total, row.original.currency_code),
      }),
      orderColumns.accessor("expected_at", {
        header: t("aftersales.procurement.fields.expectedAt"),
        cell: ({ getValue }) => formatDate(getValue(), i18n.language),
      }),
      orderColumns.accessor("created_at", {
        header: t("aftersales.common.createdAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
    ],
    [t, i18n.language, names, formatMoney]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <DataTable
      testId="aftersales-purchase-orders-table"
      heading={t("aftersales.procurement.orders.title")}
      subHeading={t("aftersales.procurement.orders.description")}
      data={purchase_orders}
      columns={columns}
      getRowId={(row) => row.id}
      rowCount={count}
      isLoading={isPending}
      pagination={{ state: pagination, onPaginationChange: setPagination }}
      onRowClick={(row) => navigate(`/procurement/purchase-orders/${row.id}`)}
      toolbar={
        <StatusFilter
          value={status}
          statuses={ORDER_STATUSES}
          prefix="aftersales.procurement.orderStatuses"
          onChange={(next) => {
            setStatus(next)
            resetPagination()
          }}
        />
      }
      emptyState={{
        empty: {
          heading: t("aftersales.procurement.orders.emptyTitle"),
          description: t("aftersales.procurement.orders.emptyDescription"),
        },
        filtered: {
          heading: t("aftersales.procurement.orders.emptyTitle"),
          description: t("aftersales.procurement.filteredEmpty"),
        },
      }}
    />
  )
}

const ProcurementTabs = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const tab = params.get("tab") === "orders" ? "orders" : "requisitions"
  return (
    <Container className="p-0" data-testid="aftersales-procurement">
      <Tabs value={tab} onValueChange={(value) => setParams(value === "orders" ? { tab: "orders" } : {})}>
        <div className="px-6 pt-4">
          <Tabs.List>
            <Tabs.Trigger value="requisitions" data-testid="aftersales-procurement-tab-requisitions">
              {t("aftersales.procurement.requisitions.tab")}
            </Tabs.Trigger>
            <Tabs.Trigger value="orders" data-testid="aftersales-procurement-tab-orders">
              {t("aftersales.procurement.orders.tab")}
            </Tabs.Trigger>
          </Tabs.List>
        </div>
        <Tabs.Content value="requisitions">
          <RequisitionsTab />
        </Tabs.Content>
        <Tabs.Content value="orders">
          <PurchaseOrdersTab />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

const ProcurementPage = () => (
  <RequirePermission permission="purchasing:read">
    <ProcurementTabs />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.procurement.nav",
  translationNs: "translation",
  icon: DocumentText,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.procurement.nav" />,
}

export default ProcurementPage
