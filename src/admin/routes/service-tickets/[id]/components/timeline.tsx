import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useStageLabel } from "../../../../components/service-ticket-badges"
import { EmptyState, SectionHeader } from "../../../../components/states"
import { formatDateTime } from "../../../../lib/format"
import { TicketActivity } from "../../../../lib/types"
import { describeTaskActivity } from "./task-activity"

const str = (value: unknown) =>
  value === null || value === undefined ? "" : String(value)

/** The ticket's activities (creation, stage changes, assignments, messages), oldest first. */
export const Timeline = ({
  activities,
  userNames,
}: {
  activities: TicketActivity[]
  userNames: Map<string, string>
}) => {
  const { t, i18n } = useTranslation()
  const stageLabel = useStageLabel()

  const describe = (activity: TicketActivity) => {
    const data = activity.data ?? {}
    switch (activity.type) {
      case "stage_changed":
        return t("aftersales.serviceDesk.timeline.stage_changed", {
          from: stageLabel(str(data.from_stage)),
          to: stageLabel(str(data.to_stage)),
        })
      case "assigned": {
        const id = str(data.assignee_id)
        if (id && data.rule_name) {
          return t("aftersales.assignmentRules.timelineAssigned", {
            assignee: userNames.get(id) ?? id,
            rule: str(data.rule_name),
          })
        }
        return id
          ? t("aftersales.serviceDesk.timeline.assigned", {
              assignee: userNames.get(id) ?? id,
            })
          : t("aftersales.serviceDesk.timeline.unassigned")
      }
      case "priority_changed":
        return t("aftersales.serviceDesk.timeline.priority_changed", {
          from: t(`aftersales.serviceDesk.priorities.${str(data.from)}`, {
            defaultValue: str(data.from),
          }),
          to: t(`aftersales.serviceDesk.priorities.${str(data.to)}`, {
            defaultValue: str(data.to),
          }),
        })
      case "task_created":
      case "task_completed":
      case "task_canceled":
        return describeTaskActivity(t, activity.type, data, (date) =>
          formatDateTime(date, i18n.language)
        )
      default:
        return t(`aftersales.serviceDesk.timeline.${activity.type}`, {
          defaultValue: activity.type,
        })
    }
  }

  const actorOf = (activity: TicketActivity) => {
    const type = t(`aftersales.auditLog.actorTypes.${activity.actor_type}`, {
      defaultValue: activity.actor_type,
    })
    if (!activity.actor_id) {
      return type
    }
    return activity.actor_type === "user"
      ? userNames.get(activity.actor_id) ?? activity.actor_id
      : `${type} · ${activity.actor_id}`
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-ticket-timeline">
      <SectionHeader title={t("aftersales.serviceDesk.detail.timeline")} />
      {!activities.length ? (
        <EmptyState inline title={t("aftersales.serviceDesk.detail.noActivity")} />
      ) : (
        <ol className="flex flex-col gap-y-3 px-6 py-4">
          {[...activities].reverse().map((activity) => (
            <li key={activity.id} className="flex gap-x-3" data-testid="aftersales-ticket-activity">
              <div className="bg-ui-border-strong mt-1.5 size-2 shrink-0 rounded-full" />
              <div className="flex flex-col">
                <Text size="small" leading="compact">
                  {describe(activity)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {actorOf(activity)} · {formatDateTime(activity.created_at, i18n.language)}
                </Text>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Container>
  )
}
