import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, QueueList } from "@medusajs/icons"
import { Badge, Container, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { DataTable } from "../../../components/data-table"
import { CreateButton } from "../../../components/list-actions"
import { RequirePermission } from "../../../components/permission-gate"
import { ErrorState } from "../../../components/states"
import {
  TicketPipelineDetail,
  usePipelineSettings,
} from "../../../hooks/api/service-desk-settings"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { formatDateTime } from "../../../lib/format"
import { PERMISSIONS } from "../../../lib/permissions"
import { PipelineEditorDrawer } from "./components/pipeline-editor-drawer"

const CONFIGURE = "service_tickets:configure"
const columnHelper = createDataTableColumnHelper<TicketPipelineDetail>()

const PipelinesList = () => {
  const { t, i18n } = useTranslation()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(CONFIGURE)
  const [editor, setEditor] = useState<{ open: boolean; id?: string }>({ open: false })

  const { ticket_pipelines, isPending, isError, error, refetch } = usePipelineSettings()
  const defaultPipeline = ticket_pipelines?.find((pipeline) => pipeline.is_default)

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        size: 220,
        header: t("aftersales.pipelines.fields.name"),
        cell: ({ row }) => (
          <div className="flex items-center gap-x-2">
            <span>{row.original.name}</span>
            {row.original.is_default && (
              <Badge size="2xsmall" color="green" data-testid="aftersales-pipeline-default-badge">
                {t("aftersales.pipelines.default")}
              </Badge>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("key", {
        size: 160,
        header: t("aftersales.pipelines.fields.key"),
        cell: ({ getValue }) => (
          <span className="font-mono txt-compact-small">{getValue()}</span>
        ),
      }),
      columnHelper.accessor("ticket_types", {
        size: 240,
        header: t("aftersales.pipelines.fields.ticketTypes"),
        cell: ({ row }) => {
          const types = row.original.ticket_types ?? []
          if (types.length) {
            return types.map((type) => t(`aftersales.serviceDesk.types.${type}`)).join(", ")
          }
          return row.original.is_default ? t("aftersales.pipelines.otherTypes") : "-"
        },
      }),
      columnHelper.accessor("definition", {
        size: 360,
        header: t("aftersales.pipelines.fields.stages"),
        cell: ({ getValue }) => (
          <span className="text-ui-fg-subtle block max-w-[360px] truncate">
            {(getValue()?.stages ?? []).map((stage) => stage.name).join(" → ")}
          </span>
        ),
      }),
      columnHelper.accessor("updated_at", {
        size: 170,
        header: t("aftersales.common.updatedAt"),
        cell: ({ getValue }) => formatDateTime(getValue() ?? "", i18n.language),
      }),
      ...(canConfigure
        ? [
            columnHelper.action({
              actions: (ctx) => [
                {
                  label: t("aftersales.common.edit"),
                  icon: <PencilSquare />,
                  onClick: () => setEditor({ open: true, id: ctx.row.original.id }),
                },
              ],
            }),
          ]
        : []),
    ],
    [t, i18n.language, canConfigure]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-pipelines-page">
      <DataTable
        testId="aftersales-pipelines-table"
        data={ticket_pipelines}
        columns={columns}
        getRowId={(row) => row.id}
        isLoading={isPending}
        heading={t("aftersales.pipelines.title")}
        subHeading={t("aftersales.pipelines.description")}
        onRowClick={canConfigure ? (row) => setEditor({ open: true, id: row.id }) : undefined}
        actions={
          <CreateButton
            permission={CONFIGURE}
            label={t("aftersales.pipelines.create")}
            onClick={() => setEditor({ open: true })}
            testId="aftersales-pipeline-create"
          />
        }
        emptyState={{
          empty: {
            heading: t("aftersales.pipelines.empty.title"),
            description: t("aftersales.pipelines.empty.description"),
          },
        }}
      />
      <PipelineEditorDrawer
        open={editor.open}
        pipelineId={editor.id}
        template={defaultPipeline}
        onOpenChange={(open) => setEditor((prev) => ({ ...prev, open }))}
      />
    </Container>
  )
}

const AftersalesPipelinesPage = () => (
  <RequirePermission permission={PERMISSIONS.SERVICE_TICKETS_READ}>
    <PipelinesList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.pipelines.nav",
  translationNs: "translation",
  icon: QueueList,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.pipelines.nav" />,
}

export default AftersalesPipelinesPage
