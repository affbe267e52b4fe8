import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ArrowUpTray, Component, Plus } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, DropdownMenu, Input, Select, toast } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { DataTable } from "../../components/data-table"
import { PermissionGate, RequirePermission } from "../../components/permission-gate"
import { ErrorState } from "../../components/states"
import {
  ImportType,
  SPARE_PART_STATUSES,
  SparePart,
  useExportCsv,
  useSpareParts,
} from "../../hooks/api/spare-parts"
import { usePagination } from "../../hooks/use-pagination"
import { getErrorMessage } from "../../lib/errors"
import { ImportDialog } from "./components/import-dialog"
import { PartStatusBadge } from "./components/part-status-badge"
import { SparePartFormDrawer } from "./components/spare-part-form-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<SparePart>()

/** Fields the list asks for; other features add theirs (e.g. stock figures) here. */
const LIST_FIELDS = "id,part_number,name,model,category,status,updated_at"

const SparePartsList = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pagination, setPagination, resetPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [q, setQ] = useState("")
  const [status, setStatus] = useState("all")
  const [creating, setCreating] = useState(false)
  const [importing, setImporting] = useState(false)
  const exportCsv = useExportCsv()
  const { spare_parts, count, isPending, isError, error, refetch } = useSpareParts(
    {
      limit,
      offset,
      order: "part_number",
      fields: LIST_FIELDS,
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(status !== "all" ? { status } : {}),
    },
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("part_number", {
        header: t("aftersales.spareParts.fields.part_number"),
        cell: ({ getValue }) => <span className="font-mono txt-compact-small">{getValue()}</span>,
      }),
      columnHelper.accessor("name", { header: t("aftersales.spareParts.fields.name") }),
      columnHelper.accessor("model", {
        header: t("aftersales.spareParts.fields.model"),
        cell: ({ getValue }) => getValue() ?? "-",
      }),
      columnHelper.accessor("category", {
        header: t("aftersales.spareParts.fields.category"),
        cell: ({ getValue }) => getValue() ?? "-",
      }),
      columnHelper.accessor("status", {
        header: t("aftersales.spareParts.fields.status"),
        cell: ({ getValue }) => <PartStatusBadge status={getValue()} />,
      }),
      // Stock column: the stock feature adds it here.
    ],
    [t]
  )

  const download = async (type: ImportType) => {
    try {
      await exportCsv.mutateAsync(type)
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="p-0" data-testid="aftersales-spare-parts">
      <DataTable
        testId="aftersales-spare-parts-table"
        heading={t("aftersales.spareParts.title")}
        subHeading={t("aftersales.spareParts.description")}
        data={spare_parts}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        onRowClick={(row) => navigate(`/spare-parts/${row.id}`)}
        actions={
          <div className="flex items-center gap-x-2">
            <DropdownMenu>
              <DropdownMenu.Trigger asChild>
                <Button size="small" variant="secondary" data-testid="aftersales-spare-parts-csv">
                  <ArrowDownTray />
                  {t("aftersales.spareParts.csv.menu")}
                </Button>
              </DropdownMenu.Trigger>
              <DropdownMenu.Content>
                <PermissionGate permission="spare_parts:write">
                  <DropdownMenu.Item onClick={() => setImporting(true)} data-testid="aftersales-spare-parts-import">
                    <ArrowUpTray className="text-ui-fg-subtle mr-2" />
                    {t("aftersales.spareParts.csv.import")}
                  </DropdownMenu.Item>
                </PermissionGate>
                <PermissionGate permission="spare_parts:export">
                  <DropdownMenu.Item onClick={() => download("parts")} data-testid="aftersales-spare-parts-export">
                    <ArrowDownTray className="text-ui-fg-subtle mr-2" />
                    {t("aftersales.spareParts.csv.exportParts")}
                  </DropdownMenu.Item>
                  <DropdownMenu.Item onClick={() => download("offers")}>
                    <ArrowDownTray className="text-ui-fg-subtle mr-2" />
                    {t("aftersales.spareParts.csv.exportOffers")}
                  </DropdownMenu.Item>
                </PermissionGate>
                <PermissionGate permission="suppliers:export">
                  <DropdownMenu.Item onClick={() => download("suppliers")}>
                    <ArrowDownTray className="text-ui-fg-subtle mr-2" />
                    {t("aftersales.spareParts.csv.exportSuppliers")}
                  </DropdownMenu.Item>
                </PermissionGate>
              </DropdownMenu.Content>
            </DropdownMenu>
            <PermissionGate permission="spare_parts:write">
              <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="aftersales-spare-part-create">
                <Plus />
                {t("aftersales.spareParts.create")}
              </Button>
            </PermissionGate>
          </div>
        }
        toolbar={
          <div className="flex items-center gap-x-2">
            <div className="w-[260px]">
              <Input
                size="small"
                type="search"
                placeholder={t("aftersales.spareParts.search")}
                value={q}
                data-testid="aftersales-spare-parts-search"
                onChange={(e) => {
                  setQ(e.target.value)
                  resetPagination()
                }}
              />
            </div>
            <div className="w-[180px]">
              <Select
                size="small"
                value={status}
                onValueChange={(value) => {
                  setStatus(value)
                  resetPagination()
                }}
              >
                <Select.Trigger data-testid="aftersales-spare-parts-status-filter">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="all">{t("aftersales.spareParts.allStatuses")}</Select.Item>
                  {SPARE_PART_STATUSES.map((value) => (
                    <Select.Item key={value} value={value}>
                      {t(`aftersales.spareParts.statuses.${value}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          </div>
        }
        emptyState={{
          empty: { heading: t("aftersales.spareParts.empty.title"), description: t("aftersales.spareParts.empty.description") },
          filtered: { heading: t("aftersales.spareParts.empty.filteredTitle"), description: t("aftersales.spareParts.empty.filteredDescription") },
        }}
      />
      <SparePartFormDrawer open={creating} onOpenChange={setCreating} onSaved={(part) => navigate(`/spare-parts/${part.id}`)} />
      <ImportDialog open={importing} onOpenChange={setImporting} />
    </Container>
  )
}

const SparePartsPage = () => (
  <RequirePermission permission="spare_parts:read">
    <SparePartsList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.spareParts.nav",
  translationNs: "translation",
  icon: Component,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.spareParts.nav" />,
}

export default SparePartsPage
