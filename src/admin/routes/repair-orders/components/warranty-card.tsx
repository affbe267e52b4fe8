import { Badge, Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { SectionHeader } from "../../../components/states"
import { RepairOrderDetail } from "../../../hooks/api/repair-orders"
import { formatDateTime } from "../../../lib/format"
import { Row, WarrantyBadge } from "./shared"

const YesNo = ({ value }: { value: boolean | undefined }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={value ? "green" : "grey"}>
      {value ? t("aftersales.repairs.yes") : t("aftersales.repairs.no")}
    </Badge>
  )
}

/** The warranty entitlement as checked at intake (a snapshot: later policy edits do not change it). */
export const WarrantyCard = ({ repair }: { repair: RepairOrderDetail }) => {
  const { t, i18n } = useTranslation()
  const entitlement = repair.entitlement

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-entitlement">
      <SectionHeader
        title={t("aftersales.repairs.warranty.title")}
        description={t("aftersales.repairs.warranty.description")}
      />
      <div className="flex flex-col py-2">
        <Row label={t("aftersales.repairs.warranty.status")}>
          <WarrantyBadge status={entitlement?.status ?? repair.warranty_status} />
        </Row>
        {entitlement ? (
          <>
            <Row label={t("aftersales.repairs.warranty.reason")}>
              {t(`aftersales.repairs.warranty.reasons.${entitlement.reason}`, { defaultValue: entitlement.reason })}
            </Row>
            <Row label={t("aftersales.repairs.warranty.policy")} testId="aftersales-repair-entitlement-policy">
              {entitlement.policy_name ?? "-"}
            </Row>
            <Row label={t("aftersales.repairs.warranty.until")} testId="aftersales-repair-entitlement-until">
              {formatDateTime(entitlement.ends_at, i18n.language)}
            </Row>
            <Row label={t("aftersales.repairs.warranty.coversParts")}>
              <YesNo value={entitlement.covered && entitlement.covers_parts} />
            </Row>
            <Row label={t("aftersales.repairs.warranty.coversLabour")}>
              <YesNo value={entitlement.covered && entitlement.covers_labour} />
            </Row>
            <Row label={t("aftersales.repairs.warranty.checkedAt")}>
              {formatDateTime(entitlement.checked_at, i18n.language)}
            </Row>
          </>
        ) : (
          <Text size="small" className="text-ui-fg-muted px-6 py-2">
            {t("aftersales.repairs.warranty.none")}
          </Text>
        )}
      </div>
    </Container>
  )
}
