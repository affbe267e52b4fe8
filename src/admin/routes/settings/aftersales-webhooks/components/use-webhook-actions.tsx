import { toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import {
  useDeleteWebhook,
  useRotateWebhookSecret,
  useSendTestWebhook,
  useUpdateWebhook,
} from "../../../../hooks/api/webhooks"
import { getErrorMessage } from "../../../../lib/errors"
import { Webhook } from "../../../../lib/types"

/**
 * The row/detail actions of a webhook endpoint with their confirmations and toasts.
 * `secret` holds a freshly rotated secret until the modal showing it is closed.
 */
export const useWebhookActions = (options?: { onDeleted?: () => void }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const [secret, setSecret] = useState<string | null>(null)

  const update = useUpdateWebhook()
  const remove = useDeleteWebhook()
  const rotate = useRotateWebhookSecret()
  const sendTest = useSendTestWebhook()

  const fail = (error: unknown) =>
    toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))

  const toggleActive = async (webhook: Webhook) => {
    try {
      await update.mutateAsync({ id: webhook.id, is_active: !webhook.is_active })
      toast.success(
        webhook.is_active
          ? t("aftersales.webhooks.toasts.deactivated")
          : t("aftersales.webhooks.toasts.activated")
      )
    } catch (error) {
      fail(error)
    }
  }

  const testWebhook = async (webhook: Webhook) => {
    try {
      await sendTest.mutateAsync(webhook.id)
      toast.success(t("aftersales.webhooks.toasts.testSent"))
    } catch (error) {
      fail(error)
    }
  }

  const rotateSecret = async (webhook: Webhook) => {
    const confirmed = await prompt({
      title: t("aftersales.webhooks.rotate.title"),
      description: t("aftersales.webhooks.rotate.description"),
      confirmText: t("aftersales.webhooks.rotate.confirm"),
      cancelText: t("aftersales.common.cancel"),
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    try {
      const result = await rotate.mutateAsync(webhook.id)
      setSecret(result.secret)
    } catch (error) {
      fail(error)
    }
  }

  const deleteWebhook = async (webhook: Webhook) => {
    const confirmed = await prompt({
      title: t("aftersales.webhooks.delete.title"),
      description: t("aftersales.webhooks.delete.description", {
        url: webhook.url,
      }),
      confirmText: t("aftersales.common.delete"),
      cancelText: t("aftersales.common.cancel"),
      variant: "danger",
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync(webhook.id)
      toast.success(t("aftersales.webhooks.toasts.deleted"))
      options?.onDeleted?.()
    } catch (error) {
      fail(error)
    }
  }

  return {
    toggleActive,
    testWebhook,
    rotateSecret,
    deleteWebhook,
    secret,
    setSecret,
    clearSecret: () => setSecret(null),
  }
}
