import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useParams } from "react-router-dom"

import { KeyValueRow } from "../../../../components/key-value"
import { PermissionGate, RequirePermission } from "../../../../components/permission-gate"
import { ErrorState, LoadingState } from "../../../../components/states"
import { useAftersalesMe } from "../../../../hooks/api/me"
import {
  useConvertRequisitions,
  usePurchaseRequisition,
  useRequisitionAction,
} from "../../../../hooks/api/procurement"
import { useAdminUsers } from "../../../../hooks/api/users"
import { getErrorMessage } from "../../../../lib/errors"
import { formatDateTime } from "../../../../lib/format"
import { userDisplayName } from "../../../settings/aftersales-roles/components/user-display"
import {
  ReasonDrawer,
  RequisitionStatusBadge,
  useFormatMoney,
  useProcurementNames,
} from "../../components/shared"

type ReasonAction = "reject" | "cancel"

const RequisitionDetail = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const formatMoney = useFormatMoney()
  const names = useProcurementNames()
  const { users } = useAdminUsers()
  const me = useAftersalesMe()
  const { purchase_requisition: requisition, isPending, isError, error, refetch } = usePurchaseRequisition(id)
  const action = useRequisitionAction(id)
  const convert = useConvertRequisitions()
  const [reasonAction, setReasonAction] = useState<ReasonAction | null>(null)

  if (isPending) {
    return <LoadingState rows={6} />
  }
  if (isError || !requisition) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const userName = (userId: string | null) =>
    userId ? userDisplayName((users ?? []).find((user) => user.id === userId) ?? { id: userId, email: userId, first_name: null, last_name: null }) : "-"
  const run = async (name: "submit" | "approve", successKey: string) => {
    try {
      await action.mutateAsync({ action: name })
      toast.success(t(successKey, { number: requisition.number }))
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }
  const onConvert = async () => {
    try {
      const { purchase_orders } = await convert.mutateAsync([requisition.id])
      toast.success(
        t("aftersales.procurement.toasts.converted", {
          numbers: purchase_orders.map((order) => order.number).join(", "),
        })
      )
      if (purchase_orders.length === 1) {
        navigate(`/procurement/purchase-orders/${purchase_orders[0].id}`)
      }
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }
  const ownRequest = !!me.user && me.user.id === requisition.requested_by
  const status = requisition.status

  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-requisition-page">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            <Heading data-testid="aftersales-requisition-number">{requisition.number}</Heading>
            <RequisitionStatusBadge status={status} />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {status === "draft" && (
              <PermissionGate permission="purchasing:write">
                <Button size="small" onClick={() => run("submit", "aftersales.procurement.toasts.submitted")} isLoading={action.isPending} data-testid="aftersales-requisition-submit">
                  {t("aftersales.procurement.actions.submit")}
                </Button>
              </PermissionGate>
            )}
            {status === "pending_approval" && !ownRequest && (
              <PermissionGate permission="purchasing:approve">
                <Button size="small" variant="secondary" onClick={() => setReasonAction("reject")} data-testid="aftersales-requisition-reject">
                  {t("aftersales.procurement.actions.reject")}
                </Button>
                <Button size="small" onClick={() => run("approve", "aftersales.procurement.toasts.approved")} isLoading={action.isPending} data-testid="aftersales-requisition-approve">
                  {t("aftersales.procurement.actions.approve")}
                </Button>
              </PermissionGate>
            )}
            {status === "approved" && (
              <PermissionGate permission="purchasing:write">
                <Button size="small" onClick={onConvert} isLoading={convert.isPending} data-testid="aftersales-requisition-convert">
                  {t("aftersales.procurement.actions.convert")}
                </Button>
              </PermissionGate>
            )}
            {["draft", "pending_approval", "approved"].includes(status) && (
              <PermissionGate permission="purchasing:write">
                <Button size="small" variant="transparent" onClick={() => setReasonAction("cancel")} data-testid="aftersales-requisition-cancel">
                  {t("aftersales.procurement.actions.cancel")}
                </Button>
              </PermissionGate>
            )}
          </div>
        </div>
        {status === "pending_approval" && (
          <div className="px-6 py-3">
            <Text size="small" className="text-ui-fg-subtle" data-testid="aftersales-requisition-waiting">
              {ownRequest
                ? t("aftersales.procurement.requisitions.ownRequest")
                : t("aftersales.procurement.requisitions.waitingFor", { role: requisition.required_approver_role })}
            </Text>
          </div>
        )}
        <KeyValueRow label={t("aftersales.procurement.fields.requestedBy")} value={userName(requisition.requested_by)} />
        <KeyValueRow label={t("aftersales.procurement.fields.reason")} value={requisition.reason ?? "-"} />
        <KeyValueRow
          label={t("aftersales.procurement.fields.supplier")}
          value={requisition.supplier_id ? names.suppliers.get(requisition.supplier_id) ?? requisition.supplier_id : t("aftersales.procurement.create.bestOffer")}
        />
        <KeyValueRow
          label={t("aftersales.procurement.fields.estimatedTotal")}
          value={formatMoney(requisition.estimated_total, requisition.currency_code)}
        />
        <KeyValueRow label={t("aftersales.procurement.fields.approverRole")} value={requisition.required_approver_role ?? "-"} />
        {requisition.approved_at && (
          <KeyValueRow
            label={t("aftersales.procurement.fields.approved")}
            value={`${requisition.approved_by ? userName(requisition.approved_by) : t("aftersales.procurement.requisitions.autoApproved")} · ${formatDateTime(requisition.approved_at, i18n.language)}`}
          />
        )}
        {requisition.rejection_reason && (
          <KeyValueRow
            label={t("aftersales.procurement.fields.rejected")}
            value={`${userName(requisition.rejected_by)}: ${requisition.rejection_reason}`}
          />
        )}
        {requisition.cancel_reason && (
          <KeyValueRow
            label={t("aftersales.procurement.fields.canceled")}
            value={`${userName(requisition.canceled_by)}: ${requisition.cancel_reason}`}
          />
        )}
        <KeyValueRow label={t("aftersales.common.createdAt")} value={formatDateTime(requisition.created_at, i18n.language)} />
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("aftersales.procurement.fields.lines")}</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("aftersales.procurement.fields.part")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.procurement.fields.location")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.procurement.fields.quantity")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.procurement.fields.unitPrice")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {requisition.lines.map((line) => (
              <Table.Row key={line.id}>
                <Table.Cell>
                  <span className="font-mono">{line.part_number}</span> · {line.part_name}
                </Table.Cell>
                <Table.Cell>{names.locations.get(line.location_id) ?? line.location_id}</Table.Cell>
                <Table.Cell className="text-right">{line.quantity}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(line.estimated_unit_price, requisition.currency_code)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <ReasonDrawer
        open={!!reasonAction}
        onOpenChange={(open) => !open && setReasonAction(null)}
        title={t(reasonAction === "reject" ? "aftersales.procurement.requisitions.rejectTitle" : "aftersales.procurement.requisitions.cancelTitle", { number: requisition.number })}
        confirmLabel={t(reasonAction === "reject" ? "aftersales.procurement.actions.reject" : "aftersales.procurement.actions.cancel")}
        onConfirm={async (reason) => {
          await action.mutateAsync({ action: reasonAction!, reason })
          toast.success(t(reasonAction === "reject" ? "aftersales.procurement.toasts.rejected" : "aftersales.procurement.toasts.canceled", { number: requisition.number }))
        }}
      />
    </div>
  )
}

const RequisitionPage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission="purchasing:read">
      <RequisitionDetail id={id!} />
    </RequirePermission>
  )
}

const RequisitionBreadcrumb = ({ id }: { id: string }) => {
  const { purchase_requisition } = usePurchaseRequisition(id)
  return <>{purchase_requisition?.number ?? id}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id: string } }) => <RequisitionBreadcrumb id={params.id} />,
}

export default RequisitionPage
