import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { useWarranties, WARRANTY_PERMISSIONS } from "../../../hooks/api/warranties"
import { formatDay, WarrantyStatusBadge } from "./shared"

/** A customer's warranty units (customer widget): product, serial, status, end date. */
export const CustomerWarranties = ({ customerId }: { customerId: string }) => {
  const { t, i18n } = useTranslation()
  const { can } = useAftersalesPermissions()
  const allowed = can(WARRANTY_PERMISSIONS.READ)
  const { warranties } = useWarranties({ customer_id: customerId, limit: 50, order: "-created_at" }, { enabled: allowed })
  if (!allowed) {
    return null
  }
  if (!warranties?.length) {
    return (
      <Text size="xsmall" className="text-ui-fg-muted">
        {t("aftersales.warranties.widget.customerEmpty")}
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-2 pt-2" data-testid="aftersales-customer-warranties">
      {warranties.map((row) => (
        <div key={row.id} className="flex items-center justify-between gap-x-3">
          <Text size="small">
            {row.product_title ?? "-"}
            {row.serial_number ? ` · ${row.serial_number}` : ""}
            {row.kind === "extended" ? ` · ${t("aftersales.warranties.kinds.extended")}` : ""}
          </Text>
          <div className="flex items-center gap-x-2">
            <Text size="xsmall" className="text-ui-fg-subtle">{formatDay(row.ends_at, i18n.language)}</Text>
            <WarrantyStatusBadge status={row.status} />
          </div>
        </div>
      ))}
    </div>
  )
}
