import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../components/permission-gate"
import { useWarranties, WARRANTY_PERMISSIONS } from "../hooks/api/warranties"
import { formatDay, WarrantyStatusBadge } from "../routes/warranties/components/shared"

/** The order's warranty registrations: one row per item and unit, with status and end date. */
const OrderWarranties = ({ orderId }: { orderId: string }) => {
  const { t, i18n } = useTranslation()
  const { warranties } = useWarranties({ order_id: orderId, limit: 200, order: "created_at" })
  const rows = [...(warranties ?? [])].sort(
    (a, b) => (a.product_title ?? "").localeCompare(b.product_title ?? "") || a.kind.localeCompare(b.kind) || a.unit_index - b.unit_index
  )
  return (
    <Container className="divide-y p-0" data-testid="aftersales-order-warranties">
      <div className="px-6 py-4">
        <Heading level="h2">{t("aftersales.warranties.widget.title")}</Heading>
      </div>
      {rows.length === 0 ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{t("aftersales.warranties.widget.empty")}</Text>
      ) : (
        rows.map((row) => (
          <div key={row.id} className="flex items-center justify-between gap-x-4 px-6 py-3" data-testid="aftersales-order-warranty-row">
            <div className="flex flex-col">
              <Text size="small" weight="plus">
                {row.product_title ?? "-"} · {t("aftersales.warranties.unitOf", { unit: row.unit_index })}
                {row.kind === "extended" ? ` · ${t("aftersales.warranties.kinds.extended")}` : ""}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {row.serial_number ?? "-"} · {row.policy?.name ?? "-"}
              </Text>
            </div>
            <div className="flex items-center gap-x-3">
              <Text size="small" className="text-ui-fg-subtle">{formatDay(row.ends_at, i18n.language)}</Text>
              <WarrantyStatusBadge status={row.status} />
            </div>
          </div>
        ))
      )}
    </Container>
  )
}

const OrderWarrantiesWidget = ({ data }: DetailWidgetProps<AdminOrder>) =>
  data?.id ? (
    <PermissionGate permission={WARRANTY_PERMISSIONS.READ}>
      <OrderWarranties orderId={data.id} />
    </PermissionGate>
  ) : null

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderWarrantiesWidget
