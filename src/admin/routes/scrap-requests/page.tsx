import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox, Plus } from "@medusajs/icons"
import { Button, createDataTableColumnHelper, Select } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { DataTable } from "../../components/data-table"
import { PermissionGate, RequirePermission } from "../../components/permission-gate"
import { ErrorState } from "../../components/states"
import { SCRAP_STATUSES, ScrapRequest, useScrapRequests } from "../../hooks/api/parts-demand"
import { useSpareParts } from "../../hooks/api/spare-parts"
import { usePagination } from "../../hooks/use-pagination"
import { formatDateTime } from "../../lib/format"
import { CreateScrapRequestDrawer } from "./components/create-scrap-request-drawer"
import { ScrapStatusBadge, useFormatAmount, useLocationNames } from "./components/shared"

const PAGE_SIZE = 20
const ALL = "__all__"
const columnHelper = createDataTableColumnHelper<ScrapRequest>()

const ScrapRequestsList = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const formatAmount = useFormatAmount()
  const { names: locationNames } = useLocationNames()
  const { pagination, setPagination, resetPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [status, setStatus] = useState(ALL)
  const [creating, setCreating] = useState(false)
  const { scrap_requests, count, isPending, isError, error, refetch } = useScrapRequests(
    { limit, offset, order: "-created_at", ...(status === ALL ? {} : { status }) },
    { placeholderData: keepPreviousData }
  )
  const partIds = [...new Set((scrap_requests ?? []).map((request) => request.part_id))]
  const { spare_parts } = useSpareParts(
    { id: partIds, limit: partIds.length || 1, fields: "id,part_number,name" },
    { enabled: partIds.length > 0 } as any
  )
  const partNames = useMemo(
    () => new Map((spare_parts ?? []).map((part: any) => [part.id, `${part.part_number} · ${part.name}`])),
    [spare_parts]
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("number", {
        header: t("aftersales.scrap.fields.number"),
        cell: ({ getValue }) => <span className="font-mono txt-compact-small">{getValue()}</span>,
      }),
      columnHelper.accessor("status", {
        header: t("aftersales.scrap.fields.status"),
        cell: ({ getValue }) => <ScrapStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("part_id", {
        header: t("aftersales.scrap.fields.part"),
        cell: ({ getValue }) => partNames.get(getValue()) ?? getValue(),
      }),
      columnHelper.accessor("quantity", { header: t("aftersales.scrap.fields.quantity") }),
      columnHelper.accessor("reason", {
        header: t("aftersales.scrap.fields.reason"),
        cell: ({ getValue }) => t(`aftersales.scrap.reasons.${getValue()}`),
      }),
      columnHelper.accessor("location_id", {
        header: t("aftersales.scrap.fields.location"),
        cell: ({ getValue }) => locationNames.get(getValue()) ?? getValue(),
      }),
      columnHelper.accessor("written_off_value", {
        header: t("aftersales.scrap.fields.writtenOff"),
        cell: ({ row }) => formatAmount(row.original.written_off_value, row.original.currency_code),
      }),
      columnHelper.accessor("created_at", {
        header: t("aftersales.common.createdAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
    ],
    [t, i18n.language, partNames, locationNames, formatAmount]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <>
      <DataTable
        testId="aftersales-scrap-table"
        heading={t("aftersales.scrap.title")}
        subHeading={t("aftersales.scrap.description")}
        data={scrap_requests}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        onRowClick={(row) => navigate(`/scrap-requests/${row.id}`)}
        actions={
          <PermissionGate permission="scrap:write">
            <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="aftersales-scrap-create">
              <Plus />
              {t("aftersales.scrap.create.button")}
            </Button>
          </PermissionGate>
        }
        toolbar={
          <div className="w-[200px]">
            <Select
              size="small"
              value={status}
              onValueChange={(next) => {
                setStatus(next)
                resetPagination()
              }}
            >
              <Select.Trigger data-testid="aftersales-scrap-status-filter">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>{t("aftersales.scrap.allStatuses")}</Select.Item>
                {SCRAP_STATUSES.map((option) => (
                  <Select.Item key={option} value={option}>
                    {t(`aftersales.scrap.statuses.${option}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        }
        emptyState={{
          empty: { heading: t("aftersales.scrap.emptyTitle"), description: t("aftersales.scrap.emptyDescription") },
          filtered: { heading: t("aftersales.scrap.emptyTitle"), description: t("aftersales.scrap.filteredEmpty") },
        }}
      />
      <CreateScrapRequestDrawer open={creating} onOpenChange={setCreating} />
    </>
  )
}

const ScrapRequestsPage = () => (
  <RequirePermission permission="scrap:read">
    <ScrapRequestsList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.scrap.nav",
  translationNs: "translation",
  icon: ArchiveBox,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.scrap.nav" />,
}

export default ScrapRequestsPage
