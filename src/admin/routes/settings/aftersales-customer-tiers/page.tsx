import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { RequirePermission } from "../../../components/permission-gate"
import { ErrorState, LoadingState, SectionHeader } from "../../../components/states"
import {
  CUSTOMER_PROFILE_PERMISSIONS,
  useClassificationSettings,
  useCustomerTiers,
} from "../../../hooks/api/customer-profiles"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { ClassificationSettingsForm } from "./components/classification-settings-form"
import { RecomputePanel } from "./components/recompute-panel"
import { TiersTable } from "./components/tiers-table"

const CustomerTiersSettings = () => {
  const { t } = useTranslation()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(CUSTOMER_PROFILE_PERMISSIONS.CONFIGURE)
  const tiers = useCustomerTiers()
  const settings = useClassificationSettings()

  if (tiers.isPending || settings.isPending) {
    return <LoadingState />
  }
  if (tiers.isError || settings.isError) {
    return (
      <ErrorState
        error={tiers.error ?? settings.error}
        onRetry={() => {
          tiers.refetch()
          settings.refetch()
        }}
      />
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          level="h1"
          title={t("aftersales.customerProfiles.tiers.title")}
          description={t("aftersales.customerProfiles.tiers.description")}
        />
        <TiersTable tiers={tiers.data.customer_tiers} editable={canConfigure} />
      </Container>
      <Container className="divide-y p-0">
        <SectionHeader title={t("aftersales.customerProfiles.settings.title")} />
        <ClassificationSettingsForm
          settings={settings.data.customer_classification_settings}
          editable={canConfigure}
        />
      </Container>
      <Container className="divide-y p-0">
        <SectionHeader title={t("aftersales.customerProfiles.recompute.title")} />
        <RecomputePanel />
      </Container>
    </div>
  )
}

const AftersalesCustomerTiersPage = () => (
  <RequirePermission permission={CUSTOMER_PROFILE_PERMISSIONS.READ}>
    <CustomerTiersSettings />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.customerProfiles.nav",
  translationNs: "translation",
  icon: Users,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.customerProfiles.nav" />,
}

export default AftersalesCustomerTiersPage
