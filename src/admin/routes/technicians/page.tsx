import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Users } from "@medusajs/icons"
import { Badge, Button, Container, createDataTableColumnHelper, Input } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { DataTable } from "../../components/data-table"
import { PermissionGate, RequirePermission } from "../../components/permission-gate"
import { ErrorState } from "../../components/states"
import { Technician, useTechnicians } from "../../hooks/api/technicians"
import { usePagination } from "../../hooks/use-pagination"
import { formatNumber, formatPercent, OptionSelect } from "./components/shared"
import { TechnicianFormDrawer } from "./components/technician-form-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<Technician>()

const TechniciansList = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pagination, setPagination, resetPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [q, setQ] = useState("")
  const [status, setStatus] = useState("active")
  const [creating, setCreating] = useState(false)
  const { technicians, count, isPending, isError, error, refetch } = useTechnicians(
    {
      limit,
      offset,
      order: "name",
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(status === "all" ? {} : { is_active: status === "active" }),
    },
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: t("aftersales.technicians.fields.name"),
        cell: ({ row }) => (
          <div className="flex items-center gap-x-2">
            <span>{row.original.name}</span>
            {!row.original.is_active && (
              <Badge size="2xsmall" color="grey">
                {t("aftersales.technicians.inactive")}
              </Badge>
            )}
          </div>
        ),
      }),
      columnHelper.display({
        id: "skills",
        header: t("aftersales.technicians.fields.skills"),
        cell: ({ row }) => (
          <div className="flex flex-wrap gap-1">
            {(row.original.skills ?? []).slice(0, 4).map((skill) => (
              <Badge key={skill.id} size="2xsmall" color="blue">
                {`${skill.category_name ?? skill.product_category_id} · ${skill.level}`}
              </Badge>
            ))}
          </div>
        ),
      }),
      columnHelper.display({
        id: "jobs",
        header: t("aftersales.technicians.fields.jobs"),
        cell: ({ row }) => {
          const full = row.original.open_jobs >= row.original.capacity
          return (
            <span className={full ? "text-ui-fg-error" : undefined} data-testid="aftersales-technician-jobs">
              {`${row.original.open_jobs} / ${row.original.capacity}`}
            </span>
          )
        },
      }),
      columnHelper.display({
        id: "ftf",
        header: t("aftersales.technicians.fields.firstTimeFix"),
        cell: ({ row }) => formatPercent(row.original.performance?.first_time_fix_rate),
      }),
      columnHelper.display({
        id: "rating",
        header: t("aftersales.technicians.fields.rating"),
        cell: ({ row }) => formatNumber(row.original.performance?.mean_rating, 1),
      }),
    ],
    [t]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="p-0" data-testid="aftersales-technicians">
      <DataTable
        testId="aftersales-technicians-table"
        heading={t("aftersales.technicians.title")}
        subHeading={t("aftersales.technicians.description")}
        data={technicians}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        onRowClick={(row) => navigate(`/technicians/${row.id}`)}
        actions={
          <PermissionGate permission="technicians:write">
            <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="aftersales-technician-create">
              <Plus />
              {t("aftersales.technicians.create")}
            </Button>
          </PermissionGate>
        }
        toolbar={
          <div className="flex items-center gap-x-2">
            <div className="w-[260px]">
              <Input
                size="small"
                type="search"
                placeholder={t("aftersales.technicians.search")}
                value={q}
                onChange={(e) => {
                  setQ(e.target.value)
                  resetPagination()
                }}
              />
            </div>
            <div className="w-[160px]">
              <OptionSelect
                value={status}
                onChange={(value) => {
                  setStatus(value)
                  resetPagination()
                }}
                options={[
                  { value: "active", label: t("aftersales.technicians.filters.activeOnly") },
                  { value: "inactive", label: t("aftersales.technicians.filters.inactiveOnly") },
                  { value: "all", label: t("aftersales.technicians.filters.all") },
                ]}
              />
            </div>
          </div>
        }
        emptyState={{
          empty: { heading: t("aftersales.technicians.empty.title"), description: t("aftersales.technicians.empty.description") },
          filtered: { heading: t("aftersales.technicians.empty.title"), description: t("aftersales.technicians.filteredEmpty") },
        }}
      />
      <TechnicianFormDrawer open={creating} onOpenChange={setCreating} onSaved={(technician) => navigate(`/technicians/${technician.id}`)} />
    </Container>
  )
}

const TechniciansPage = () => (
  <RequirePermission permission="technicians:read">
    <TechniciansList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.technicians.nav",
  translationNs: "translation",
  icon: Users,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.technicians.nav" />,
}

export default TechniciansPage
