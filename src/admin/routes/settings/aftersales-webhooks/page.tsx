import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  ArrowPath,
  BellAlert,
  PaperPlane,
  PencilSquare,
  Plus,
  Trash,
  XCircle,
  CheckCircle,
} from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { DataTable } from "../../../components/data-table"
import {
  PermissionGate,
  RequirePermission,
} from "../../../components/permission-gate"
import { SecretModal } from "../../../components/secret-modal"
import { ErrorState } from "../../../components/states"
import { useWebhooks } from "../../../hooks/api/webhooks"
import { usePagination } from "../../../hooks/use-pagination"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { formatDateTime } from "../../../lib/format"
import { PERMISSIONS } from "../../../lib/permissions"
import { Webhook } from "../../../lib/types"
import { useWebhookActions } from "./components/use-webhook-actions"
import { WebhookEventsCell } from "./components/webhook-events-cell"
import { WebhookFormDrawer } from "./components/webhook-form-drawer"
import { WebhookActiveBadge } from "./components/webhook-status-badge"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<Webhook>()

const WebhooksList = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(PERMISSIONS.WEBHOOKS_CONFIGURE)
  const { pagination, setPagination, limit, offset } = usePagination(PAGE_SIZE)

  const [drawer, setDrawer] = useState<{ open: boolean; webhook?: Webhook }>({
    open: false,
  })
  const [createdSecret, setCreatedSecret] = useState<string | null>(null)
  const actions = useWebhookActions()

  const { webhooks, count, isPending, isError, error, refetch } = useWebhooks(
    { limit, offset },
    { placeholderData: keepPreviousData }
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("url", {
        size: 360,
        minSize: 240,
        header: t("aftersales.webhooks.fields.url"),
        cell: ({ getValue }) => (
          <span
            className="font-mono txt-compact-small block max-w-[360px] truncate"
            title={getValue()}
          >
            {getValue()}
          </span>
        ),
      }),
      columnHelper.accessor("description", {
        size: 260,
        header: t("aftersales.webhooks.fields.description"),
        cell: ({ getValue }) => (
          <span className="block max-w-[240px] truncate" title={getValue() ?? ""}>
            {getValue() || "-"}
          </span>
        ),
      }),
      columnHelper.accessor("events", {
        size: 130,
        header: t("aftersales.webhooks.fields.events"),
        cell: ({ getValue }) => <WebhookEventsCell events={getValue() ?? []} />,
      }),
      columnHelper.accessor("is_active", {
        size: 120,
        header: t("aftersales.webhooks.fields.status"),
        cell: ({ getValue }) => <WebhookActiveBadge active={!!getValue()} />,
      }),
      columnHelper.accessor("created_at", {
        size: 180,
        header: t("aftersales.common.createdAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
      ...(canConfigure
        ? [
            columnHelper.action({
              actions: (ctx) => {
                const webhook = ctx.row.original
                return [
                  [
                    {
                      label: t("aftersales.common.edit"),
                      icon: <PencilSquare />,
                      onClick: () => setDrawer({ open: true, webhook }),
                    },
                    {
                      label: t("aftersales.webhooks.actions.sendTest"),
                      icon: <PaperPlane />,
                      onClick: () => actions.testWebhook(webhook),
                    },
                    {
                      label: t("aftersales.webhooks.actions.rotateSecret"),
                      icon: <ArrowPath />,
                      onClick: () => actions.rotateSecret(webhook),
                    },
                    {
                      label: webhook.is_active
                        ? t("aftersales.webhooks.actions.deactivate")
                        : t("aftersales.webhooks.actions.activate"),
                      icon: webhook.is_active ? <XCircle /> : <CheckCircle />,
                      onClick: () => actions.toggleActive(webhook),
                    },
                  ],
                  [
                    {
                      label: t("aftersales.common.delete"),
                      icon: <Trash />,
                      onClick: () => actions.deleteWebhook(webhook),
                    },
                  ],
                ]
              },
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, canConfigure]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-webhooks-page">
      <DataTable
        testId="aftersales-webhooks-table"
        data={webhooks}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        heading={t("aftersales.webhooks.title")}
        subHeading={t("aftersales.webhooks.description")}
        onRowClick={(row) => navigate(row.id)}
        actions={
          <PermissionGate permission={PERMISSIONS.WEBHOOKS_CONFIGURE}>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setDrawer({ open: true })}
              data-testid="aftersales-webhook-create"
            >
              <Plus />
              {t("aftersales.webhooks.create")}
            </Button>
          </PermissionGate>
        }
        emptyState={{
          empty: {
            heading: t("aftersales.webhooks.empty.title"),
            description: t("aftersales.webhooks.empty.description"),
          },
        }}
      />
      <WebhookFormDrawer
        open={drawer.open}
        webhook={drawer.webhook}
        onOpenChange={(open) => setDrawer((prev) => ({ ...prev, open }))}
        onCreated={(_webhook, secret) => setCreatedSecret(secret)}
      />
      <SecretModal
        secret={createdSecret}
        onClose={() => setCreatedSecret(null)}
        title={t("aftersales.webhooks.secret.createdTitle")}
      />
      <SecretModal
        secret={actions.secret}
        onClose={actions.clearSecret}
        title={t("aftersales.webhooks.secret.rotatedTitle")}
      />
    </Container>
  )
}

const AftersalesWebhooksPage = () => (
  <RequirePermission permission={PERMISSIONS.WEBHOOKS_READ}>
    <WebhooksList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.nav.webhooks",
  translationNs: "translation",
  icon: BellAlert,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.nav.webhooks" />,
}

export default AftersalesWebhooksPage
