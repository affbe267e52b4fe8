import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { RequirePermission } from "../../../components/permission-gate"
import { PERMISSIONS } from "../../../lib/permissions"
import { AssignmentsSection } from "./components/assignments-section"
import { RolesSection } from "./components/roles-section"

const AftersalesRolesPage = () => {
  return (
    <RequirePermission permission={PERMISSIONS.ROLES_READ}>
      <div className="flex flex-col gap-y-3" data-testid="aftersales-roles-page">
        <RolesSection />
        <AssignmentsSection />
      </div>
    </RequirePermission>
  )
}

export const config = defineRouteConfig({
  label: "aftersales.nav.roles",
  translationNs: "translation",
  icon: ShieldCheck,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.nav.roles" />,
}

export default AftersalesRolesPage
