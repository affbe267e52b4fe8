import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { SectionHeader } from "../../../components/states"
import { RepairActivity } from "../../../hooks/api/repair-orders"
import { formatDateTime } from "../../../lib/format"
import { useRepairStageLabel } from "./shared"

/** The repair's activities (created, stage changes, assignment, parts, quote, result), newest first. */
export const RepairTimeline = ({
  activities,
  userNames,
}: {
  activities: RepairActivity[]
  userNames: Map<string, string>
}) => {
  const { t, i18n } = useTranslation()
  const stageLabel = useRepairStageLabel()
  const sorted = [...activities].sort((a, b) => b.created_at.localeCompare(a.created_at))

  const describe = (activity: RepairActivity) => {
    if (activity.type !== "created" && activity.to_stage && activity.from_stage !== activity.to_stage) {
      const stages = t("aftersales.repairs.timeline.stage_changed", {
        from: activity.from_stage ? stageLabel(activity.from_stage) : "-",
        to: stageLabel(activity.to_stage),
      })
      const check = activity.data?.quality_check as { passed?: boolean } | undefined
      if (check && typeof check.passed === "boolean") {
        return `${t(check.passed ? "aftersales.repairs.timeline.qcPassed" : "aftersales.repairs.timeline.qcFailed")} · ${stages}`
      }
      return stages
    }
    return t(`aftersales.repairs.timeline.types.${activity.type}`, {
      defaultValue: activity.type.replace(/_/g, " "),
    })
  }

  const actorOf = (activity: RepairActivity) => {
    const type = t(`aftersales.repairs.timeline.actors.${activity.actor_type}`, { defaultValue: activity.actor_type })
    if (!activity.actor_id) {
      return type
    }
    return activity.actor_type === "user" ? userNames.get(activity.actor_id) ?? activity.actor_id : type
  }

  const note = (activity: RepairActivity) => {
    const value = activity.data?.note ?? activity.data?.notes
    return typeof value === "string" && value ? value : null
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-timeline">
      <SectionHeader title={t("aftersales.repairs.timeline.title")} />
      {sorted.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.repairs.timeline.empty")}
        </Text>
      ) : (
        <ol className="flex flex-col gap-y-3 px-6 py-4">
          {sorted.map((activity) => (
            <li key={activity.id} className="flex flex-col gap-y-0.5" data-testid="aftersales-repair-activity" data-type={activity.type}>
              <Text size="small" weight="plus">
                {describe(activity)}
              </Text>
              {note(activity) && (
                <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap">
                  {note(activity)}
                </Text>
              )}
              <Text size="xsmall" className="text-ui-fg-muted">
                {actorOf(activity)} · {formatDateTime(activity.created_at, i18n.language)}
                {activity.is_public ? ` · ${t("aftersales.repairs.timeline.public")}` : ""}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </Container>
  )
}
