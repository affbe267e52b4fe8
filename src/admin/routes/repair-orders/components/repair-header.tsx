import { ArrowPath } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../components/permission-gate"
import {
  REPAIR_PERMISSIONS,
  RepairOrderDetail,
  RepairPipelineStage,
  useTransitionRepairOrder,
} from "../../../hooks/api/repair-orders"
import { formatDateTime } from "../../../lib/format"
import {
  RepairPriorityBadge,
  RepairStageBadge,
  useAgeLabel,
  useRepairStageLabel,
  WarrantyBadge,
} from "./shared"
import { useRepairErrorToast } from "./use-repair-error"

/** Number, stage and the transitions the server allows from here (`transitions` of the detail). */
export const RepairHeader = ({
  repair,
  stages,
  onReload,
}: {
  repair: RepairOrderDetail
  stages: RepairPipelineStage[]
  onReload: () => void
}) => {
  const { t, i18n } = useTranslation()
  const stageLabel = useRepairStageLabel()
  const age = useAgeLabel()
  const transition = useTransitionRepairOrder()
  const showError = useRepairErrorToast(onReload)
  const stageName = (key: string) => stages.find((stage) => stage.key === key)?.name

  const onTransition = async (to: string) => {
    try {
      await transition.mutateAsync({ id: repair.id, to_stage: to, version: repair.version })
      toast.success(
        t("aftersales.repairs.toasts.moved", { number: repair.number, stage: stageLabel(to, stageName(to)) })
      )
    } catch (error) {
      showError(error)
    }
  }

  const transitions = repair.transitions ?? []

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-detail">
      <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Text size="small" className="text-ui-fg-subtle font-mono" data-testid="aftersales-repair-number">
            {repair.number}
          </Text>
          <Heading level="h1">{repair.product_title || t("aftersales.repairs.unknownProduct")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("aftersales.repairs.detail.opened", {
              date: formatDateTime(repair.created_at, i18n.language),
              age: age(repair.created_at),
            })}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <RepairStageBadge stage={repair.stage} category={repair.stage_category} name={stageName(repair.stage)} />
          <WarrantyBadge status={repair.warranty_status} />
          <RepairPriorityBadge priority={repair.priority} />
          <Button size="small" variant="transparent" onClick={onReload} aria-label={t("aftersales.repairs.actions.reload")}>
            <ArrowPath />
          </Button>
        </div>
      </div>
      <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" weight="plus">
            {t("aftersales.repairs.detail.moveTo")}
          </Text>
          {transitions.length ? (
            <div className="flex flex-wrap gap-2" data-testid="aftersales-repair-transitions">
              {transitions.map((item) => (
                <Button
                  key={item.to}
                  size="small"
                  variant="secondary"
                  disabled={transition.isPending}
                  onClick={() => onTransition(item.to)}
                  data-testid="aftersales-repair-transition"
                  data-to={item.to}
                  title={item.name}
                >
                  {stageLabel(item.to, stageName(item.to))}
                </Button>
              ))}
            </div>
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              {t("aftersales.repairs.detail.noTransitions")}
            </Text>
          )}
        </div>
      </PermissionGate>
    </Container>
  )
}
