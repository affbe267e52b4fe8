import { Wrench } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { PermissionGate } from "../../../components/permission-gate"
import { REPAIR_PERMISSIONS, useCreateRepairFromTicket } from "../../../hooks/api/repair-orders"
import { getErrorMessage } from "../../../lib/errors"

/** "Create repair order" on a service ticket: the server copies customer, order and description. */
export const TicketRepairButton = ({ ticketId }: { ticketId: string }) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreateRepairFromTicket(ticketId)

  const onClick = async () => {
    try {
      const { repair_order } = await create.mutateAsync({})
      toast.success(t("aftersales.repairs.toasts.created", { number: repair_order.number }))
      navigate(`/repair-orders/${repair_order.id}`)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
      <Button
        size="small"
        variant="secondary"
        isLoading={create.isPending}
        onClick={onClick}
        data-testid="aftersales-ticket-create-repair"
      >
        <Wrench />
        {t("aftersales.repairs.ticket.create")}
      </Button>
    </PermissionGate>
  )
}
