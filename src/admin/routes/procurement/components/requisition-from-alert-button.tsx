import { Button, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { PermissionGate } from "../../../components/permission-gate"
import { useCreatePurchaseRequisition } from "../../../hooks/api/procurement"
import { getErrorMessage } from "../../../lib/errors"

/**
 * "Requisition" on an unresolved stock alert: drafts a requisition with the quantity the
 * part's reorder policy suggests now and opens it for review before submitting.
 */
export const RequisitionFromAlertButton = ({ alert }: { alert: { id: string; status: string } }) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreatePurchaseRequisition()
  if (alert.status === "resolved") {
    return null
  }
  const onClick = async () => {
    try {
      const { purchase_requisition } = await create.mutateAsync({ alert_id: alert.id })
      toast.success(t("aftersales.procurement.toasts.requisitionCreated", { number: purchase_requisition.number }))
      navigate(`/procurement/requisitions/${purchase_requisition.id}`)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }
  return (
    <PermissionGate permission="purchasing:write">
      <Button size="small" variant="secondary" onClick={onClick} isLoading={create.isPending} data-testid="aftersales-alert-requisition">
        {t("aftersales.procurement.alerts.createRequisition")}
      </Button>
    </PermissionGate>
  )
}
