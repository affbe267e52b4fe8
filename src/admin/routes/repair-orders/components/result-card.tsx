import { StarSolid } from "@medusajs/icons"
import { Badge, Button, Container, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { PermissionGate } from "../../../components/permission-gate"
import { SectionHeader } from "../../../components/states"
import { useAdminUsers } from "../../../hooks/api/users"
import { REPAIR_PERMISSIONS, RepairOrderDetail, useRepairReplacement } from "../../../hooks/api/repair-orders"
import { formatDateTime } from "../../../lib/format"
import { userDisplayName } from "../../settings/aftersales-roles/components/user-display"
import { QualityCheckDrawer } from "./quality-check-drawer"
import { Row } from "./shared"
import { useRepairErrorToast } from "./use-repair-error"

/** Quality check, outcome, replacement through a host claim, and the customer's acceptance and rating. */
export const ResultCard = ({ repair, onReload }: { repair: RepairOrderDetail; onReload: () => void }) => {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const { users } = useAdminUsers()
  const [checking, setChecking] = useState(false)
  const replacement = useRepairReplacement(repair.id)
  const showError = useRepairErrorToast(onReload)
  const checker = users?.find((user) => user.id === repair.quality_check_by)
  const closed = ["closed", "canceled"].includes(repair.stage_category)

  const onReplace = async () => {
    const confirmed = await prompt({
      title: t("aftersales.repairs.result.replaceTitle"),
      description: t("aftersales.repairs.result.replaceDescription"),
      confirmText: t("aftersales.repairs.result.replace"),
      cancelText: t("aftersales.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await replacement.mutateAsync({})
      toast.success(t("aftersales.repairs.toasts.replacementCreated"))
    } catch (error) {
      showError(error)
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-result">
      <SectionHeader
        title={t("aftersales.repairs.result.title")}
        actions={
          <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
            {repair.stage === "quality_check" && (
              <Button size="small" variant="secondary" onClick={() => setChecking(true)} data-testid="aftersales-repair-qc-open">
                {t("aftersales.repairs.qc.open")}
              </Button>
            )}
          </PermissionGate>
        }
      />
      <div className="flex flex-col py-2">
        <Row label={t("aftersales.repairs.qc.result")}>
          {repair.quality_check_passed === null || repair.quality_check_passed === undefined ? (
            t("aftersales.repairs.qc.notChecked")
          ) : (
            <Badge size="2xsmall" color={repair.quality_check_passed ? "green" : "red"} data-testid="aftersales-repair-qc-result">
              {repair.quality_check_passed ? t("aftersales.repairs.qc.pass") : t("aftersales.repairs.qc.fail")}
            </Badge>
          )}
        </Row>
        {repair.quality_check_at && (
          <Row label={t("aftersales.repairs.qc.by")}>
            {(checker ? userDisplayName(checker) : repair.quality_check_by) ?? "-"}
            {" · "}
            {formatDateTime(repair.quality_check_at, i18n.language)}
          </Row>
        )}
        {repair.quality_check_notes && (
          <Row label={t("aftersales.repairs.qc.notes")}>
            <span className="whitespace-pre-wrap">{repair.quality_check_notes}</span>
          </Row>
        )}
        <Row label={t("aftersales.repairs.fields.outcome")}>
          <span data-testid="aftersales-repair-outcome">
            {repair.outcome ? t(`aftersales.repairs.outcomes.${repair.outcome}`) : "-"}
          </span>
        </Row>
        {repair.resolution_notes && (
          <Row label={t("aftersales.repairs.fields.resolutionNotes")}>
            <span className="whitespace-pre-wrap">{repair.resolution_notes}</span>
          </Row>
        )}
        <Row label={t("aftersales.repairs.result.claim")}>
          {repair.claim_id ? (
            <Link
              to={`/orders/${repair.order_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono"
              data-testid="aftersales-repair-claim"
            >
              {repair.claim_id}
            </Link>
          ) : (
            "-"
          )}
        </Row>
        <Row label={t("aftersales.repairs.result.accepted")}>
          {formatDateTime(repair.customer_accepted_at, i18n.language)}
        </Row>
        <Row label={t("aftersales.repairs.result.rating")} testId="aftersales-repair-rating">
          {repair.customer_rating ? (
            <span className="inline-flex items-center gap-x-0.5" title={String(repair.customer_rating)}>
              {Array.from({ length: 5 }).map((_, index) => (
                <StarSolid
                  key={index}
                  className={index < (repair.customer_rating ?? 0) ? "text-ui-tag-orange-icon" : "text-ui-fg-disabled"}
                />
              ))}
            </span>
          ) : (
            t("aftersales.repairs.result.notRated")
          )}
        </Row>
        {repair.customer_feedback && (
          <Row label={t("aftersales.repairs.result.feedback")}>
            <span className="whitespace-pre-wrap">{repair.customer_feedback}</span>
          </Row>
        )}
      </div>
      {repair.order_id && !repair.claim_id && !closed && (
        <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
          <div className="flex items-center justify-between gap-x-3 px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              {t("aftersales.repairs.result.replaceHint")}
            </Text>
            <Button
              size="small"
              variant="secondary"
              isLoading={replacement.isPending}
              onClick={onReplace}
              data-testid="aftersales-repair-replace"
            >
              {t("aftersales.repairs.result.replace")}
            </Button>
          </div>
        </PermissionGate>
      )}
      <QualityCheckDrawer repair={repair} open={checking} onOpenChange={setChecking} />
    </Container>
  )
}
