import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"

import { RelatedTickets } from "../components/related-tickets"

const OrderServiceTicketsWidget = ({ data }: DetailWidgetProps<AdminOrder>) =>
  data?.id ? <RelatedTickets filter={{ order_id: data.id }} /> : null

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderServiceTicketsWidget
