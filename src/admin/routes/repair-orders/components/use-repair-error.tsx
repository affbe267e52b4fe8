import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { getErrorMessage, getErrorStatus } from "../../../lib/errors"

/**
 * Shows a refused repair write as a toast with the server's message. A 409 means the repair
 * changed since it was loaded: say so and offer to reload it.
 */
export const useRepairErrorToast = (onReload?: () => void) => {
  const { t } = useTranslation()

  return (error: unknown) => {
    const message = getErrorMessage(error, t("aftersales.common.unknownError"))
    if (getErrorStatus(error) === 409) {
      toast.error(t("aftersales.repairs.toasts.conflict"), {
        description: message,
        ...(onReload
          ? {
              action: {
                label: t("aftersales.repairs.actions.reload"),
                altText: t("aftersales.repairs.actions.reload"),
                onClick: onReload,
              },
            }
          : {}),
      })
      return
    }
    toast.error(message)
  }
}
