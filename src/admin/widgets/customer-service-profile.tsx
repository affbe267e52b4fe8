import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"

import { CustomerServicePanel } from "../components/customer-profiles/customer-service-panel"
import { PermissionGate } from "../components/permission-gate"
import { CUSTOMER_PROFILE_PERMISSIONS } from "../hooks/api/customer-profiles"

/** Service profile of the customer: tier, lifecycle, figures and purchases (customer_profiles:read). */
const CustomerServiceProfileWidget = ({ data }: DetailWidgetProps<AdminCustomer>) =>
  data?.id ? (
    <PermissionGate permission={CUSTOMER_PROFILE_PERMISSIONS.READ}>
      <CustomerServicePanel customerId={data.id} />
    </PermissionGate>
  ) : null

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerServiceProfileWidget
