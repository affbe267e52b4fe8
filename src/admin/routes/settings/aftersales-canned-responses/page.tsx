import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubble } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  Input,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { FormEvent, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { DataTable } from "../../../components/data-table"
import { CreateButton, editDeleteRowActions } from "../../../components/list-actions"
import { RequirePermission } from "../../../components/permission-gate"
import { ErrorState } from "../../../components/states"
import {
  CannedResponseDetail,
  useCannedResponseSettings,
  useDeleteCannedResponse,
} from "../../../hooks/api/service-desk-settings"
import { usePagination } from "../../../hooks/use-pagination"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { getErrorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import { PERMISSIONS } from "../../../lib/permissions"
import { CannedResponseDrawer } from "./components/canned-response-drawer"

const CONFIGURE = "service_tickets:configure"
const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<CannedResponseDetail>()

const CannedResponsesList = () => {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(CONFIGURE)
  const { pagination, setPagination, resetPagination, limit, offset } =
    usePagination(PAGE_SIZE)
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [drawer, setDrawer] = useState<{
    open: boolean
    response?: CannedResponseDetail
  }>({ open: false })
  const remove = useDeleteCannedResponse()

  const { canned_responses, count, isPending, isError, error, refetch } =
    useCannedResponseSettings(
      { limit, offset, q },
      { placeholderData: keepPreviousData }
    )

  const deleteResponse = async (response: CannedResponseDetail) => {
    const confirmed = await prompt({
      title: t("aftersales.cannedResponses.delete.title"),
      description: t("aftersales.cannedResponses.delete.description", {
        title: response.title,
      }),
      confirmText: t("aftersales.common.delete"),
      cancelText: t("aftersales.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync(response.id)
      toast.success(t("aftersales.cannedResponses.toasts.deleted"))
    } catch (err) {
      toast.error(getErrorMessage(err, t("aftersales.common.unknownError")))
    }
  }

  const columns = useMemo(
    () => [
      columnHelper.accessor("title", {
        size: 260,
        header: t("aftersales.cannedResponses.fields.title"),
        cell: ({ getValue }) => (
          <span className="block max-w-[260px] truncate" title={getValue()}>
            {getValue()}
          </span>
        ),
      }),
      columnHelper.accessor("body", {
        size: 360,
        header: t("aftersales.cannedResponses.fields.body"),
        cell: ({ getValue }) => (
          <span
            className="text-ui-fg-subtle block max-w-[360px] truncate"
            title={getValue()}
          >
            {getValue()}
          </span>
        ),
      }),
      columnHelper.accessor("category", {
        size: 140,
        header: t("aftersales.cannedResponses.fields.category"),
        cell: ({ getValue }) => getValue() || "-",
      }),
      columnHelper.accessor("ticket_types", {
        size: 200,
        header: t("aftersales.cannedResponses.fields.ticketTypes"),
        cell: ({ getValue }) => {
          const types = getValue() ?? []
          return types.length
            ? types.map((type) => t(`aftersales.serviceDesk.types.${type}`)).join(", ")
            : t("aftersales.cannedResponses.allTypes")
        },
      }),
      columnHelper.accessor("is_active", {
        size: 100,
        header: t("aftersales.cannedResponses.fields.active"),
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={getValue() ? "green" : "grey"}>
            {getValue()
              ? t("aftersales.cannedResponses.active")
              : t("aftersales.cannedResponses.inactive")}
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
              actions: (ctx) =>
                editDeleteRowActions(
                  t,
                  () => setDrawer({ open: true, response: ctx.row.original }),
                  () => deleteResponse(ctx.row.original)
                ),
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
    <Container className="divide-y p-0" data-testid="aftersales-canned-responses-page">
      <DataTable
        testId="aftersales-canned-responses-table"
        data={canned_responses}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        heading={t("aftersales.cannedResponses.title")}
        subHeading={t("aftersales.cannedResponses.description")}
        onRowClick={
          canConfigure ? (row) => setDrawer({ open: true, response: row }) : undefined
        }
        actions={
          <CreateButton
            permission={CONFIGURE}
            label={t("aftersales.cannedResponses.create")}
            onClick={() => setDrawer({ open: true })}
            testId="aftersales-canned-response-create"
          />
        }
        toolbar={
          <form onSubmit={onSearch} className="flex items-center gap-x-2">
            <Input
              size="small"
              type="search"
              name="q"
              className="max-w-[280px]"
              placeholder={t("aftersales.cannedResponses.searchPlaceholder")}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <Button size="small" variant="secondary" type="submit">
              {t("aftersales.common.apply")}
            </Button>
          </form>
        }
        emptyState={{
          empty: {
            heading: t("aftersales.cannedResponses.empty.title"),
            description: t("aftersales.cannedResponses.empty.description"),
          },
          filtered: {
            heading: t("aftersales.cannedResponses.empty.filteredTitle"),
            description: t("aftersales.cannedResponses.empty.filteredDescription"),
          },
        }}
      />
      <CannedResponseDrawer
        open={drawer.open}
        response={drawer.response}
        onOpenChange={(open) => setDrawer((prev) => ({ ...prev, open }))}
      />
    </Container>
  )
}

const AftersalesCannedResponsesPage = () => (
  <RequirePermission permission={PERMISSIONS.SERVICE_TICKETS_READ}>
    <CannedResponsesList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.cannedResponses.nav",
  translationNs: "translation",
  icon: ChatBubble,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.cannedResponses.nav" />,
}

export default AftersalesCannedResponsesPage
