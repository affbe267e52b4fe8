import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, Trash, XCircle } from "@medusajs/icons"
import { Badge, Button, Container, createDataTableColumnHelper, Input, toast, usePrompt } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { FormEvent, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { DataTable } from "../../../components/data-table"
import { CreateButton } from "../../../components/list-actions"
import { RequirePermission } from "../../../components/permission-gate"
import { ErrorState } from "../../../components/states"
import {
  FaultCode,
  REPAIR_PERMISSIONS,
  useDeleteFaultCode,
  useFaultCodes,
  useSaveFaultCode,
} from "../../../hooks/api/repair-orders"
import { usePagination } from "../../../hooks/use-pagination"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { getErrorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import { FaultCodeDrawer } from "./components/fault-code-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<FaultCode>()

const FaultCodesList = () => {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(REPAIR_PERMISSIONS.CONFIGURE)
  const { pagination, setPagination, resetPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [drawer, setDrawer] = useState<{ open: boolean; faultCode?: FaultCode }>({ open: false })
  const save = useSaveFaultCode()
  const remove = useDeleteFaultCode()

  const { fault_codes, count, isPending, isError, error, refetch } = useFaultCodes(
    { limit, offset, q: q || undefined },
    { placeholderData: keepPreviousData }
  )

  const deactivate = async (faultCode: FaultCode) => {
    try {
      await save.mutateAsync({ id: faultCode.id, is_active: !faultCode.is_active })
      toast.success(
        faultCode.is_active
          ? t("aftersales.faultCodes.toasts.deactivated", { code: faultCode.code })
          : t("aftersales.faultCodes.toasts.activated", { code: faultCode.code })
      )
    } catch (err) {
      toast.error(getErrorMessage(err, t("aftersales.common.unknownError")))
    }
  }

  const onDelete = async (faultCode: FaultCode) => {
    const confirmed = await prompt({
      title: t("aftersales.faultCodes.delete.title"),
      description: t("aftersales.faultCodes.delete.description", { code: faultCode.code }),
      confirmText: t("aftersales.common.delete"),
      cancelText: t("aftersales.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync(faultCode.id)
      toast.success(t("aftersales.faultCodes.toasts.deleted", { code: faultCode.code }))
    } catch (err) {
      toast.error(getErrorMessage(err, t("aftersales.common.unknownError")))
    }
  }

  const columns = useMemo(
    () => [
      columnHelper.accessor("code", {
        size: 140,
        header: t("aftersales.faultCodes.fields.code"),
        cell: ({ getValue }) => <span className="font-mono txt-compact-small">{getValue()}</span>,
      }),
      columnHelper.accessor("name", {
        size: 240,
        header: t("aftersales.faultCodes.fields.name"),
      }),
      columnHelper.accessor("category", {
        size: 160,
        header: t("aftersales.faultCodes.fields.category"),
        cell: ({ getValue }) => getValue() || "-",
      }),
      columnHelper.accessor("is_active", {
        size: 110,
        header: t("aftersales.faultCodes.fields.active"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={getValue() ? "green" : "grey"}>
            {getValue() ? t("aftersales.faultCodes.active") : t("aftersales.faultCodes.inactive")}
          </Badge>
        ),
      }),
      columnHelper.accessor("updated_at", {
        size: 170,
        header: t("aftersales.common.updatedAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
      ...(canConfigure
        ? [
            columnHelper.action({
              actions: (ctx) => [
                [
                  {
                    label: t("aftersales.common.edit"),
                    icon: <PencilSquare />,
                    onClick: () => setDrawer({ open: true, faultCode: ctx.row.original }),
                  },
                  {
                    label: ctx.row.original.is_active
                      ? t("aftersales.faultCodes.deactivate")
                      : t("aftersales.faultCodes.activate"),
                    icon: <XCircle />,
                    onClick: () => deactivate(ctx.row.original),
                  },
                ],
                [{ label: t("aftersales.common.delete"), icon: <Trash />, onClick: () => onDelete(ctx.row.original) }],
              ],
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, canConfigure]
  )

  const onSearch = (event: FormEvent) => {
    event.preventDefault()
    setQ(search.trim())
    resetPagination()
  }

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-fault-codes-page">
      <DataTable
        testId="aftersales-fault-codes-table"
        data={fault_codes}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        heading={t("aftersales.faultCodes.title")}
        subHeading={t("aftersales.faultCodes.description")}
        onRowClick={canConfigure ? (row) => setDrawer({ open: true, faultCode: row }) : undefined}
        actions={
          <CreateButton
            permission={REPAIR_PERMISSIONS.CONFIGURE}
            label={t("aftersales.faultCodes.create")}
            onClick={() => setDrawer({ open: true })}
            testId="aftersales-fault-code-create"
          />
        }
        toolbar={
          <form onSubmit={onSearch} className="flex items-center gap-x-2">
            <Input
              size="small"
              type="search"
              name="q"
              className="max-w-[280px]"
              placeholder={t("aftersales.faultCodes.searchPlaceholder")}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="aftersales-fault-codes-search"
            />
            <Button size="small" variant="secondary" type="submit">
              {t("aftersales.common.apply")}
            </Button>
          </form>
        }
        emptyState={{
          empty: {
            heading: t("aftersales.faultCodes.empty.title"),
            description: t("aftersales.faultCodes.empty.description"),
          },
          filtered: {
            heading: t("aftersales.faultCodes.empty.filteredTitle"),
            description: t("aftersales.faultCodes.empty.filteredDescription"),
          },
        }}
      />
      <FaultCodeDrawer
        open={drawer.open}
        faultCode={drawer.faultCode}
        onOpenChange={(open) => setDrawer((prev) => ({ ...prev, open }))}
      />
    </Container>
  )
}

const FaultCodesPage = () => (
  <RequirePermission permission={REPAIR_PERMISSIONS.READ}>
    <FaultCodesList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.faultCodes.nav",
  translationNs: "translation",
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.faultCodes.nav" />,
}

export default FaultCodesPage
