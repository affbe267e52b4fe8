import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"

import { RelatedTickets } from "../components/related-tickets"

const CustomerServiceTicketsWidget = ({ data }: DetailWidgetProps<AdminCustomer>) =>
  data?.id ? <RelatedTickets filter={{ customer_id: data.id }} /> : null

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerServiceTicketsWidget
