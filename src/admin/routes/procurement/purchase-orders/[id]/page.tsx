import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"

import { KeyValueRow } from "../../../../components/key-value"
import { PermissionGate, RequirePermission } from "../../../../components/permission-gate"
import { ErrorState, LoadingState } from "../../../../components/states"
import { usePurchaseOrder, usePurchaseOrderAction } from "../../../../hooks/api/procurement"
import { useAdminUsers } from "../../../../hooks/api/users"
import { getErrorMessage } from "../../../../lib/errors"
import { formatDateTime } from "../../../../lib/format"
import { userDisplayName } from "../../../settings/aftersales-roles/components/user-display"
import { ReceiveDrawer } from "../../components/receive-drawer"
import {
  formatDate,
  PurchaseOrderStatusBadge,
  ReasonDrawer,
  useFormatMoney,
  useProcurementNames,
} from "../../components/shared"

const backendUrl = ((typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__) || "").replace(/\/$/, "")

type ReasonAction = "cancel" | "close"

const PurchaseOrderDetail = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation()
  const formatMoney = useFormatMoney()
  const names = useProcurementNames()
  const { users } = useAdminUsers()
  const { purchase_order: order, isPending, isError, error, refetch } = usePurchaseOrder(id)
  const action = usePurchaseOrderAction(id)
  const [receiving, setReceiving] = useState(false)
  const [reasonAction, setReasonAction] = useState<ReasonAction | null>(null)

  if (isPending) {
    return <LoadingState rows={6} />
  }
  if (isError || !order) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const userName = (userId: string | null) => {
    if (!userId) {
      return "-"
    }
    const user = (users ?? []).find((candidate) => candidate.id === userId)
    return user ? userDisplayName(user) : userId
  }
  const run = async (name: "approve" | "order", successKey: string) => {
    try {
      await action.mutateAsync({ action: name })
      toast.success(t(successKey, { number: order.number }))
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }
  const status = order.status
  const fullyReceived = order.lines.every((line) => line.received_quantity - line.damaged_quantity >= line.quantity)

  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-purchase-order-page">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            <Heading data-testid="aftersales-purchase-order-number">{order.number}</Heading>
            <PurchaseOrderStatusBadge status={status} />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Button size="small" variant="secondary" asChild>
              <a
                href={`${backendUrl}/admin/purchase-orders/${order.id}/document`}
                target="_blank"
                rel="noreferrer"
                data-testid="aftersales-purchase-order-print"
              >
                {t("aftersales.procurement.actions.print")}
              </a>
            </Button>
            {status === "draft" && (
              <>
                <PermissionGate permission="purchasing:approve">
                  {!order.approved_at && (
                    <Button size="small" variant="secondary" onClick={() => run("approve", "aftersales.procurement.toasts.orderApproved")} data-testid="aftersales-purchase-order-approve">
                      {t("aftersales.procurement.actions.approve")}
                    </Button>
                  )}
                </PermissionGate>
                <PermissionGate permission="purchasing:write">
                  <Button size="small" onClick={() => run("order", "aftersales.procurement.toasts.ordered")} isLoading={action.isPending} data-testid="aftersales-purchase-order-place">
                    {t("aftersales.procurement.actions.order")}
                  </Button>
                </PermissionGate>
              </>
            )}
            {(status === "ordered" || status === "partially_received") && (
              <PermissionGate permission="purchasing:write">
                <Button size="small" onClick={() => setReceiving(true)} data-testid="aftersales-purchase-order-receive">
                  {t("aftersales.procurement.actions.receive")}
                </Button>
              </PermissionGate>
            )}
            {(status === "ordered" || status === "partially_received" || status === "received") && (
              <PermissionGate permission="purchasing:write">
                <Button size="small" variant="secondary" onClick={() => setReasonAction("close")} data-testid="aftersales-purchase-order-close">
                  {t("aftersales.procurement.actions.close")}
                </Button>
              </PermissionGate>
            )}
            {(status === "draft" || status === "ordered") && (
              <PermissionGate permission="purchasing:write">
                <Button size="small" variant="transparent" onClick={() => setReasonAction("cancel")} data-testid="aftersales-purchase-order-cancel">
                  {t("aftersales.procurement.actions.cancel")}
                </Button>
              </PermissionGate>
            )}
          </div>
        </div>
        <KeyValueRow
          label={t("aftersales.procurement.fields.supplier")}
          value={<Link className="text-ui-fg-interactive" to={`/suppliers/${order.supplier_id}`}>{names.suppliers.get(order.supplier_id) ?? order.supplier_id}</Link>}
        />
        <KeyValueRow label={t("aftersales.procurement.fields.total")} value={formatMoney(order.total, order.currency_code)} />
        <KeyValueRow label={t("aftersales.procurement.fields.expectedAt")} value={formatDate(order.expected_at, i18n.language)} />
        <KeyValueRow label={t("aftersales.procurement.fields.orderedAt")} value={order.ordered_at ? `${formatDateTime(order.ordered_at, i18n.language)} · ${userName(order.ordered_by)}` : "-"} />
        {order.approved_at && (
          <KeyValueRow label={t("aftersales.procurement.fields.approved")} value={`${userName(order.approved_by)} · ${formatDateTime(order.approved_at, i18n.language)}`} />
        )}
        {order.requisition_id && (
          <KeyValueRow
            label={t("aftersales.procurement.fields.requisition")}
            value={<Link className="text-ui-fg-interactive" to={`/procurement/requisitions/${order.requisition_id}`}>{t("aftersales.procurement.fields.openRequisition")}</Link>}
          />
        )}
        {order.notes && <KeyValueRow label={t("aftersales.procurement.fields.notes")} value={order.notes} />}
        {order.close_reason && <KeyValueRow label={t("aftersales.procurement.fields.closeReason")} value={order.close_reason} />}
        {order.cancel_reason && <KeyValueRow label={t("aftersales.procurement.fields.canceled")} value={order.cancel_reason} />}
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("aftersales.procurement.fields.lines")}</Heading>
        </div>
        <Table data-testid="aftersales-purchase-order-lines">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("aftersales.procurement.fields.part")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.procurement.fields.location")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.procurement.fields.ordered")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.procurement.fields.accepted")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.procurement.fields.damaged")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.procurement.fields.unitPrice")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {order.lines.map((line) => (
              <Table.Row key={line.id} data-testid="aftersales-purchase-order-line" data-part={line.part_number}>
                <Table.Cell>
                  <span className="font-mono">{line.part_number}</span> · {line.part_name}
                  {line.supplier_part_number && <span className="text-ui-fg-muted"> ({line.supplier_part_number})</span>}
                </Table.Cell>
                <Table.Cell>{names.locations.get(line.location_id) ?? line.location_id}</Table.Cell>
                <Table.Cell className="text-right">{line.quantity}</Table.Cell>
                <Table.Cell className="text-right" data-testid="aftersales-line-accepted">{line.received_quantity - line.damaged_quantity}</Table.Cell>
                <Table.Cell className="text-right">{line.damaged_quantity}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(line.unit_price, order.currency_code)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("aftersales.procurement.receipts.title")}</Heading>
        </div>
        {(order.receipts ?? []).length === 0 ? (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">
            {t("aftersales.procurement.receipts.empty")}
          </Text>
        ) : (
          [...(order.receipts ?? [])]
            .sort((a, b) => new Date(a.received_at).getTime() - new Date(b.received_at).getTime())
            .map((receipt) => (
              <div key={receipt.id} className="flex flex-col gap-y-1 px-6 py-3" data-testid="aftersales-goods-receipt">
                <Text size="small" weight="plus">
                  {receipt.number} · {formatDateTime(receipt.received_at, i18n.language)} · {userName(receipt.received_by)}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {receipt.lines
                    .map((line) => {
                      const orderLine = order.lines.find((candidate) => candidate.id === line.purchase_order_line_id)
                      return t("aftersales.procurement.receipts.line", {
                        part: orderLine?.part_number ?? line.purchase_order_line_id,
                        accepted: line.quantity_accepted,
                        damaged: line.quantity_damaged,
                      })
                    })
                    .join(" · ")}
                </Text>
                {receipt.notes && (
                  <Text size="small" className="text-ui-fg-muted">
                    {receipt.notes}
                  </Text>
                )}
              </div>
            ))
        )}
      </Container>
      <ReceiveDrawer order={order} open={receiving} onOpenChange={setReceiving} />
      <ReasonDrawer
        open={!!reasonAction}
        onOpenChange={(open) => !open && setReasonAction(null)}
        title={t(reasonAction === "close" ? "aftersales.procurement.orders.closeTitle" : "aftersales.procurement.orders.cancelTitle", { number: order.number })}
        description={reasonAction === "close" && !fullyReceived ? t("aftersales.procurement.orders.closeShortfall") : undefined}
        required={reasonAction === "cancel" || !fullyReceived}
        confirmLabel={t(reasonAction === "close" ? "aftersales.procurement.actions.close" : "aftersales.procurement.actions.cancel")}
        onConfirm={async (reason) => {
          await action.mutateAsync({ action: reasonAction!, reason: reason || undefined })
          toast.success(t(reasonAction === "close" ? "aftersales.procurement.toasts.closed" : "aftersales.procurement.toasts.orderCanceled", { number: order.number }))
        }}
      />
    </div>
  )
}

const PurchaseOrderPage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission="purchasing:read">
      <PurchaseOrderDetail id={id!} />
    </RequirePermission>
  )
}

const PurchaseOrderBreadcrumb = ({ id }: { id: string }) => {
  const { purchase_order } = usePurchaseOrder(id)
  return <>{purchase_order?.number ?? id}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id: string } }) => <PurchaseOrderBreadcrumb id={params.id} />,
}

export default PurchaseOrderPage
