import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { PermissionGate } from "../../../components/permission-gate"
import { usePurchaseOrders } from "../../../hooks/api/procurement"
import { formatDate, PurchaseOrderStatusBadge } from "./shared"

const OpenOrders = ({ partId }: { partId: string }) => {
  const { t, i18n } = useTranslation()
  const { purchase_orders, isPending } = usePurchaseOrders({
    part_id: partId,
    status: ["draft", "ordered", "partially_received"],
    limit: 20,
    order: "expected_at",
  })
  const orders = purchase_orders ?? []
  return (
    <Container className="p-0" data-testid="aftersales-part-purchasing">
      <div className="px-6 py-4">
        <Heading level="h2">{t("aftersales.procurement.part.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("aftersales.procurement.part.description")}
        </Text>
      </div>
      {!isPending && !orders.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 pb-4">
          {t("aftersales.procurement.part.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Body>
            {orders.map((order) => {
              const outstanding = order.lines
                .filter((line) => line.part_id === partId)
                .reduce((sum, line) => sum + Math.max(line.quantity - (line.received_quantity - line.damaged_quantity), 0), 0)
              return (
                <Table.Row key={order.id}>
                  <Table.Cell>
                    <Link className="text-ui-fg-interactive font-mono" to={`/procurement/purchase-orders/${order.id}`}>
                      {order.number}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <PurchaseOrderStatusBadge status={order.status} />
                  </Table.Cell>
                  <Table.Cell className="text-right">{t("aftersales.procurement.part.outstanding", { count: outstanding })}</Table.Cell>
                  <Table.Cell>{formatDate(order.expected_at, i18n.language)}</Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

/** Part page section: open purchase orders of the part, with what each still owes. */
export const PartPurchasingSection = ({ part }: { part: { id: string } }) => (
  <PermissionGate permission="purchasing:read">
    <OpenOrders partId={part.id} />
  </PermissionGate>
)
