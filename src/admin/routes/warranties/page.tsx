import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle, Plus } from "@medusajs/icons"
import { Button, createDataTableColumnHelper, Input, Select, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { DataTable } from "../../components/data-table"
import { PermissionGate, RequirePermission } from "../../components/permission-gate"
import { ErrorState } from "../../components/states"
import {
  useWarranties,
  WARRANTY_KINDS,
  WARRANTY_PERMISSIONS,
  WARRANTY_STATUSES,
  WarrantyRegistration,
} from "../../hooks/api/warranties"
import { usePagination } from "../../hooks/use-pagination"
import { getErrorMessage } from "../../lib/errors"
import { dayBoundToIso } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { ImportWarrantiesDrawer } from "./components/import-drawer"
import { ManualRegistrationDrawer } from "./components/manual-registration-drawer"
import { EntitlementLookup, formatDay, WarrantyStatusBadge } from "./components/shared"
import { WarrantyDetailDrawer } from "./components/warranty-detail-drawer"

const PAGE_SIZE = 20
const ALL = "__all__"
const columnHelper = createDataTableColumnHelper<WarrantyRegistration>()

const WarrantiesList = () => {
  const { t, i18n } = useTranslation()
  const { pagination, setPagination, resetPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [q, setQ] = useState("")
  const [status, setStatus] = useState(ALL)
  const [kind, setKind] = useState(ALL)
  const [endsAfter, setEndsAfter] = useState("")
  const [endsBefore, setEndsBefore] = useState("")
  const [selected, setSelected] = useState<string | null>(null)
  const [manual, setManual] = useState(false)
  const [importing, setImporting] = useState(false)

  const filters = {
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(status === ALL ? {} : { status }),
    ...(kind === ALL ? {} : { kind }),
    ...(endsAfter ? { ends_after: dayBoundToIso(endsAfter, "start") } : {}),
    ...(endsBefore ? { ends_before: dayBoundToIso(endsBefore, "end") } : {}),
  }
  const { warranties, count, isPending, isError, error, refetch } = useWarranties({
    limit,
    offset,
    order: "-created_at",
    ...filters,
  })

  const exportCsv = async () => {
    try {
      const response = await sdk.client.fetch<Response>("/admin/warranties/export", {
        query: filters,
        headers: { accept: "text/csv" },
      })
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = "warranties.csv"
      document.body.appendChild(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 1_000)
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  const columns = useMemo(
    () => [
      columnHelper.accessor("serial_number", {
        header: t("aftersales.warranties.fields.serial"),
        cell: ({ getValue }) => <span className="font-mono txt-compact-small">{getValue() ?? "-"}</span>,
      }),
      columnHelper.accessor("product_title", {
        header: t("aftersales.warranties.fields.product"),
        cell: ({ row }) => `${row.original.product_title ?? "-"}${row.original.variant_title ? ` · ${row.original.variant_title}` : ""}`,
      }),
      columnHelper.accessor("status", {
        header: t("aftersales.warranties.fields.status"),
        cell: ({ getValue }) => <WarrantyStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("kind", {
        header: t("aftersales.warranties.fields.kind"),
        cell: ({ getValue }) => t(`aftersales.warranties.kinds.${getValue()}`),
      }),
      columnHelper.accessor("order_display_id", {
        header: t("aftersales.warranties.fields.order"),
        cell: ({ row }) =>
          row.original.order_display_id
            ? `${t("aftersales.warranties.orderNumber", { number: row.original.order_display_id })} · ${t("aftersales.warranties.unitOf", { unit: row.original.unit_index })}`
            : t(`aftersales.warranties.sources.${row.original.source}`),
      }),
      columnHelper.accessor("customer_email", {
        header: t("aftersales.warranties.fields.customer"),
        cell: ({ row }) => row.original.customer_name ?? row.original.customer_email ?? row.original.customer_id ?? "-",
      }),
      columnHelper.accessor("policy", {
        header: t("aftersales.warranties.fields.policy"),
        cell: ({ getValue }) => getValue()?.name ?? "-",
      }),
      columnHelper.accessor("ends_at", {
        header: t("aftersales.warranties.fields.endsAt"),
        cell: ({ getValue }) => formatDay(getValue(), i18n.language),
      }),
    ],
    [t, i18n.language]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <div className="flex flex-col gap-y-3">
      <EntitlementLookup onOpen={(registration) => setSelected(registration.id)} />
      <DataTable
        testId="aftersales-warranties-table"
        heading={t("aftersales.warranties.title")}
        subHeading={t("aftersales.warranties.description")}
        data={warranties}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        onRowClick={(row) => setSelected(row.id)}
        actions={
          <div className="flex gap-x-2">
            <PermissionGate permission={WARRANTY_PERMISSIONS.EXPORT}>
              <Button size="small" variant="secondary" onClick={exportCsv} data-testid="aftersales-warranties-export">
                {t("aftersales.warranties.export")}
              </Button>
            </PermissionGate>
            <PermissionGate permission={WARRANTY_PERMISSIONS.WRITE}>
              <Button size="small" variant="secondary" onClick={() => setImporting(true)} data-testid="aftersales-warranties-import">
                {t("aftersales.warranties.import.button")}
              </Button>
              <Button size="small" variant="secondary" onClick={() => setManual(true)} data-testid="aftersales-warranties-manual">
                <Plus />
                {t("aftersales.warranties.manual.button")}
              </Button>
            </PermissionGate>
          </div>
        }
        toolbar={
          <div className="flex flex-wrap items-center gap-2">
            <div className="w-[260px]">
              <Input
                size="small"
                type="search"
                placeholder={t("aftersales.warranties.searchPlaceholder")}
                value={q}
                onChange={(event) => { setQ(event.target.value); resetPagination() }}
                data-testid="aftersales-warranties-search"
              />
            </div>
            <div className="w-[160px]">
              <Select size="small" value={status} onValueChange={(next) => { setStatus(next); resetPagination() }}>
                <Select.Trigger data-testid="aftersales-warranties-status-filter"><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL}>{t("aftersales.warranties.allStatuses")}</Select.Item>
                  {WARRANTY_STATUSES.map((option) => (
                    <Select.Item key={option} value={option}>{t(`aftersales.warranties.statuses.${option}`)}</Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="w-[160px]">
              <Select size="small" value={kind} onValueChange={(next) => { setKind(next); resetPagination() }}>
                <Select.Trigger><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL}>{t("aftersales.warranties.allKinds")}</Select.Item>
                  {WARRANTY_KINDS.map((option) => (
                    <Select.Item key={option} value={option}>{t(`aftersales.warranties.kinds.${option}`)}</Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <label className="txt-compact-small flex items-center gap-x-1 text-ui-fg-subtle">
              {t("aftersales.warranties.endsAfter")}
              <Input size="small" type="date" value={endsAfter} onChange={(e) => { setEndsAfter(e.target.value); resetPagination() }} />
            </label>
            <label className="txt-compact-small flex items-center gap-x-1 text-ui-fg-subtle">
              {t("aftersales.warranties.endsBefore")}
              <Input size="small" type="date" value={endsBefore} onChange={(e) => { setEndsBefore(e.target.value); resetPagination() }} />
            </label>
          </div>
        }
        emptyState={{
          empty: { heading: t("aftersales.warranties.emptyTitle"), description: t("aftersales.warranties.emptyDescription") },
          filtered: { heading: t("aftersales.warranties.emptyTitle"), description: t("aftersales.warranties.filteredEmpty") },
        }}
      />
      <WarrantyDetailDrawer id={selected} onClose={() => setSelected(null)} />
      <ManualRegistrationDrawer open={manual} onOpenChange={setManual} />
      <ImportWarrantiesDrawer open={importing} onOpenChange={setImporting} />
    </div>
  )
}

const WarrantiesPage = () => (
  <RequirePermission permission={WARRANTY_PERMISSIONS.READ}>
    <WarrantiesList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.warranties.nav",
  translationNs: "translation",
  icon: CheckCircle,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.warranties.nav" />,
}

export default WarrantiesPage
