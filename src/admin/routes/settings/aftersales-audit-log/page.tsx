import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, History } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  toast,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { DataTable } from "../../../components/data-table"
import {
  PermissionGate,
  RequirePermission,
} from "../../../components/permission-gate"
import { ErrorState } from "../../../components/states"
import { useAuditLog, useExportAuditLog } from "../../../hooks/api/audit-log"
import { usePagination } from "../../../hooks/use-pagination"
import { getErrorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import { PERMISSIONS } from "../../../lib/permissions"
import { AuditLogEntry } from "../../../lib/types"
import { AuditEntryDrawer } from "./components/audit-entry-drawer"
import {
  AuditLogFilterForm,
  AuditLogFiltersBar,
  EMPTY_FILTERS,
  toApiFilters,
} from "./components/audit-log-filters"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<AuditLogEntry>()

const AuditLogList = () => {
  const { t, i18n } = useTranslation()
  const [filters, setFilters] = useState<AuditLogFilterForm>(EMPTY_FILTERS)
  const [selected, setSelected] = useState<AuditLogEntry | null>(null)
  const { pagination, setPagination, resetPagination, limit, offset } =
    usePagination(PAGE_SIZE)

  const apiFilters = useMemo(() => toApiFilters(filters), [filters])
  const isFiltered = Object.keys(apiFilters).length > 0

  const { audit_log_entries, count, isPending, isError, error, refetch } =
    useAuditLog(
      { ...apiFilters, limit, offset, order: "-created_at" },
      { placeholderData: keepPreviousData }
    )
  const exportCsv = useExportAuditLog()

  const onExport = async () => {
    try {
      await exportCsv.mutateAsync(apiFilters)
      toast.success(t("aftersales.auditLog.exported"))
    } catch (e) {
      toast.error(getErrorMessage(e, t("aftersales.common.unknownError")))
    }
  }

  // Few, wide columns: ids are long; the drawer shows everything, changes included.
  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", {
        size: 180,
        header: t("aftersales.auditLog.fields.createdAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
      columnHelper.accessor("action", {
        // Not "action": the DataTable block reserves that column id for row action menus.
        id: "audit_action",
        size: 280,
        header: t("aftersales.auditLog.fields.action"),
        cell: ({ getValue }) => (
          <span className="font-mono txt-compact-small">{getValue()}</span>
        ),
      }),
      columnHelper.accessor("entity_id", {
        size: 320,
        header: t("aftersales.auditLog.fields.entity"),
        cell: ({ row }) => (
          <div className="flex flex-col py-2">
            <span className="txt-compact-small">{row.original.entity_type}</span>
            <span className="font-mono txt-compact-xsmall text-ui-fg-subtle truncate">
              {row.original.entity_id}
            </span>
          </div>
        ),
      }),
      columnHelper.accessor("actor_id", {
        size: 300,
        header: t("aftersales.auditLog.fields.actor"),
        cell: ({ row }) => (
          <div className="flex flex-col items-start py-2">
            <Badge size="2xsmall">
              {t(`aftersales.auditLog.actorTypes.${row.original.actor_type}`, {
                defaultValue: row.original.actor_type,
              })}
            </Badge>
            <span className="font-mono txt-compact-xsmall text-ui-fg-subtle truncate">
              {row.original.actor_id ?? "-"}
            </span>
          </div>
        ),
      }),
    ],
    [t, i18n.language]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-audit-log-page">
      <DataTable
        testId="aftersales-audit-table"
        data={audit_log_entries}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        heading={t("aftersales.auditLog.title")}
        subHeading={t("aftersales.auditLog.description")}
        onRowClick={(row) => setSelected(row)}
        actions={
          <PermissionGate permission={PERMISSIONS.AUDIT_LOG_EXPORT}>
            <Button
              size="small"
              variant="secondary"
              onClick={onExport}
              isLoading={exportCsv.isPending}
              data-testid="aftersales-audit-export"
            >
              <ArrowDownTray />
              {t("aftersales.auditLog.export")}
            </Button>
          </PermissionGate>
        }
        toolbar={
          <AuditLogFiltersBar
            value={filters}
            onApply={(next) => {
              setFilters(next)
              resetPagination()
            }}
          />
        }
        emptyState={{
          // The table's own filter state is unused (filters live in the bar above), so the
          // "filtered" wording is chosen here.
          empty: isFiltered
            ? {
                heading: t("aftersales.auditLog.empty.filteredTitle"),
                description: t("aftersales.auditLog.empty.filteredDescription"),
              }
            : {
                heading: t("aftersales.auditLog.empty.title"),
                description: t("aftersales.auditLog.empty.description"),
              },
        }}
      />
      <AuditEntryDrawer entry={selected} onClose={() => setSelected(null)} />
    </Container>
  )
}

const AftersalesAuditLogPage = () => (
  <RequirePermission permission={PERMISSIONS.AUDIT_LOG_READ}>
    <AuditLogList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.nav.auditLog",
  translationNs: "translation",
  icon: History,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.nav.auditLog" />,
}

export default AftersalesAuditLogPage
