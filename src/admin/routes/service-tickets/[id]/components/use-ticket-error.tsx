import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { getErrorMessage, getErrorStatus } from "../../../../lib/errors"

/**
 * Shows a failed ticket write as a toast with the server's message. A 409 means the ticket
 * changed since it was loaded (`expected_version`): say so and offer to reload it.
 */
export const useTicketErrorToast = (onReload: () => void) => {
  const { t } = useTranslation()

  return (error: unknown) => {
    const message = getErrorMessage(error, t("aftersales.common.unknownError"))
    if (getErrorStatus(error) === 409) {
      toast.error(t("aftersales.serviceDesk.toasts.conflict"), {
        description: message,
        action: {
          label: t("aftersales.serviceDesk.actions.reload"),
          altText: t("aftersales.serviceDesk.actions.reload"),
          onClick: onReload,
        },
      })
      return
    }
    toast.error(message)
  }
}
