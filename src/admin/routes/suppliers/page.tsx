import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront, Plus } from "@medusajs/icons"
import { Badge, Button, Container, createDataTableColumnHelper, Input } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { DataTable } from "../../components/data-table"
import { PermissionGate, RequirePermission } from "../../components/permission-gate"
import { ErrorState } from "../../components/states"
import { Supplier, useSuppliers } from "../../hooks/api/procurement"
import { usePagination } from "../../hooks/use-pagination"
import { formatPercent } from "../procurement/components/shared"
import { SupplierFormDrawer } from "./components/supplier-form-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<Supplier>()

const SuppliersList = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pagination, setPagination, resetPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [q, setQ] = useState("")
  const [creating, setCreating] = useState(false)
  const { suppliers, count, isPending, isError, error, refetch } = useSuppliers(
    { limit, offset, order: "name", ...(q.trim() ? { q: q.trim() } : {}) },
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("code", {
        header: t("aftersales.procurement.suppliers.fields.code"),
        cell: ({ getValue }) => <span className="font-mono txt-compact-small">{getValue()}</span>,
      }),
      columnHelper.accessor("name", { header: t("aftersales.procurement.suppliers.fields.name") }),
      columnHelper.accessor("is_active", {
        header: t("aftersales.procurement.suppliers.fields.status"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={getValue() ? "green" : "grey"}>
            {getValue() ? t("aftersales.procurement.suppliers.active") : t("aftersales.procurement.suppliers.inactive")}
          </Badge>
        ),
      }),
      columnHelper.accessor("lead_time_days", {
        header: t("aftersales.procurement.suppliers.fields.lead_time_days"),
      }),
      columnHelper.display({
        id: "on_time",
        header: t("aftersales.procurement.suppliers.performance.onTimeRate"),
        cell: ({ row }) => formatPercent(row.original.performance?.on_time_rate),
      }),
      columnHelper.display({
        id: "accuracy",
        header: t("aftersales.procurement.suppliers.performance.quantityAccuracy"),
        cell: ({ row }) => formatPercent(row.original.performance?.quantity_accuracy),
      }),
      columnHelper.display({
        id: "damaged",
        header: t("aftersales.procurement.suppliers.performance.damagedRate"),
        cell: ({ row }) => formatPercent(row.original.performance?.damaged_rate),
      }),
    ],
    [t]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="p-0" data-testid="aftersales-suppliers">
      <DataTable
        testId="aftersales-suppliers-table"
        heading={t("aftersales.procurement.suppliers.title")}
        subHeading={t("aftersales.procurement.suppliers.description")}
        data={suppliers}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        onRowClick={(row) => navigate(`/suppliers/${row.id}`)}
        actions={
          <PermissionGate permission="suppliers:write">
            <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="aftersales-supplier-create">
              <Plus />
              {t("aftersales.procurement.suppliers.create")}
            </Button>
          </PermissionGate>
        }
        toolbar={
          <div className="w-[260px]">
            <Input
              size="small"
              type="search"
              placeholder={t("aftersales.procurement.suppliers.search")}
              value={q}
              onChange={(e) => {
                setQ(e.target.value)
                resetPagination()
              }}
            />
          </div>
        }
        emptyState={{
          empty: { heading: t("aftersales.procurement.suppliers.empty.title"), description: t("aftersales.procurement.suppliers.empty.description") },
          filtered: { heading: t("aftersales.procurement.suppliers.empty.title"), description: t("aftersales.procurement.filteredEmpty") },
        }}
      />
      <SupplierFormDrawer open={creating} onOpenChange={setCreating} onSaved={(supplier) => navigate(`/suppliers/${supplier.id}`)} />
    </Container>
  )
}

const SuppliersPage = () => (
  <RequirePermission permission="suppliers:read">
    <SuppliersList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.procurement.suppliers.nav",
  translationNs: "translation",
  icon: BuildingStorefront,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.procurement.suppliers.nav" />,
}

export default SuppliersPage
