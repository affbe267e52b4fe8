import {
  ArrowPath,
  CheckCircle,
  EllipsisHorizontal,
  PaperPlane,
  PencilSquare,
  Trash,
  XCircle,
} from "@medusajs/icons"
import { Button, Container, DropdownMenu, IconButton } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useParams } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../../../components/breadcrumb"
import { KeyValueRow } from "../../../../components/key-value"
import {
  PermissionGate,
  RequirePermission,
} from "../../../../components/permission-gate"
import { SecretModal } from "../../../../components/secret-modal"
import {
  ErrorState,
  LoadingState,
  SectionHeader,
} from "../../../../components/states"
import { useWebhook } from "../../../../hooks/api/webhooks"
import { formatDateTime } from "../../../../lib/format"
import { PERMISSIONS } from "../../../../lib/permissions"
import { Webhook } from "../../../../lib/types"
import { DeliveriesSection } from "../components/deliveries-section"
import { useWebhookActions } from "../components/use-webhook-actions"
import { WebhookEventsCell } from "../components/webhook-events-cell"
import { WebhookFormDrawer } from "../components/webhook-form-drawer"
import { WebhookActiveBadge } from "../components/webhook-status-badge"

const WebhookDetail = ({ id }: { id: string }) => {
  const navigate = useNavigate()
  const { webhook, isPending, isError, error, refetch } = useWebhook(id)

  if (isPending) {
    return <LoadingState rows={5} />
  }

  if (isError || !webhook) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-webhook-detail">
      <GeneralSection
        webhook={webhook}
        onDeleted={() => navigate("/settings/aftersales-webhooks", { replace: true })}
      />
      <DeliveriesSection webhookId={webhook.id} />
    </div>
  )
}

const GeneralSection = ({
  webhook,
  onDeleted,
}: {
  webhook: Webhook
  onDeleted: () => void
}) => {
  const { t, i18n } = useTranslation()
  const [editOpen, setEditOpen] = useState(false)
  const actions = useWebhookActions({ onDeleted })

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title={webhook.url}
        description={webhook.description ?? undefined}
        actions={
          <>
            <WebhookActiveBadge active={webhook.is_active} />
            <PermissionGate permission={PERMISSIONS.WEBHOOKS_CONFIGURE}>
              <Button
                size="small"
                variant="secondary"
                onClick={() => actions.testWebhook(webhook)}
                data-testid="aftersales-webhook-test"
              >
                <PaperPlane />
                {t("aftersales.webhooks.actions.sendTest")}
              </Button>
              <DropdownMenu>
                <DropdownMenu.Trigger asChild>
                  <IconButton size="small" variant="transparent" aria-label={t("aftersales.common.actions")}>
                    <EllipsisHorizontal />
                  </IconButton>
                </DropdownMenu.Trigger>
                <DropdownMenu.Content align="end">
                  <DropdownMenu.Item className="gap-x-2" onClick={() => setEditOpen(true)}>
                    <PencilSquare className="text-ui-fg-subtle" />
                    {t("aftersales.common.edit")}
                  </DropdownMenu.Item>
                  <DropdownMenu.Item className="gap-x-2" onClick={() => actions.rotateSecret(webhook)}>
                    <ArrowPath className="text-ui-fg-subtle" />
                    {t("aftersales.webhooks.actions.rotateSecret")}
                  </DropdownMenu.Item>
                  <DropdownMenu.Item className="gap-x-2" onClick={() => actions.toggleActive(webhook)}>
                    {webhook.is_active ? (
                      <XCircle className="text-ui-fg-subtle" />
                    ) : (
                      <CheckCircle className="text-ui-fg-subtle" />
                    )}
                    {webhook.is_active
                      ? t("aftersales.webhooks.actions.deactivate")
                      : t("aftersales.webhooks.actions.activate")}
                  </DropdownMenu.Item>
                  <DropdownMenu.Separator />
                  <DropdownMenu.Item className="gap-x-2" onClick={() => actions.deleteWebhook(webhook)}>
                    <Trash className="text-ui-fg-subtle" />
                    {t("aftersales.common.delete")}
                  </DropdownMenu.Item>
                </DropdownMenu.Content>
              </DropdownMenu>
            </PermissionGate>
          </>
        }
      />
      <KeyValueRow
        label={t("aftersales.webhooks.fields.events")}
        value={
          webhook.events.includes("*") ? (
            <WebhookEventsCell events={webhook.events} />
          ) : (
            <div className="flex flex-col gap-y-0.5 font-mono">
              {webhook.events.map((event) => (
                <span key={event}>{event}</span>
              ))}
            </div>
          )
        }
      />
      <KeyValueRow
        label={t("aftersales.common.createdAt")}
        value={formatDateTime(webhook.created_at, i18n.language)}
      />
      <KeyValueRow
        label={t("aftersales.common.updatedAt")}
        value={formatDateTime(webhook.updated_at, i18n.language)}
      />
      <KeyValueRow label="ID" value={<span className="font-mono">{webhook.id}</span>} />
      <WebhookFormDrawer open={editOpen} onOpenChange={setEditOpen} webhook={webhook} />
      <SecretModal
        secret={actions.secret}
        onClose={actions.clearSecret}
        title={t("aftersales.webhooks.secret.rotatedTitle")}
      />
    </Container>
  )
}

const AftersalesWebhookDetailPage = () => {
  const { id } = useParams()

  return (
    <RequirePermission permission={PERMISSIONS.WEBHOOKS_READ}>
      <WebhookDetail id={id!} />
    </RequirePermission>
  )
}

export const handle = {
  breadcrumb: () => (
    <TranslatedBreadcrumb i18nKey="aftersales.webhooks.detailTitle" />
  ),
}

export default AftersalesWebhookDetailPage
