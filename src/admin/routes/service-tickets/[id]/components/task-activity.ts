import type { TFunction } from "i18next"

/** The timeline line of a follow-up or revisit task being created, completed or canceled. */
export function describeTaskActivity(
  t: TFunction,
  type: "task_created" | "task_completed" | "task_canceled",
  data: Record<string, unknown>,
  formatDate: (value: string | null) => string
): string {
  const kind = String(data.kind ?? "follow_up")
  const title =
    kind === "revisit" ? t("aftersales.followUps.revisitTitle") : String(data.title ?? "")
  if (type === "task_created") {
    return t(
      kind === "revisit"
        ? "aftersales.followUps.timeline.revisitScheduled"
        : "aftersales.followUps.timeline.created",
      { title, date: formatDate((data.due_at as string | null) ?? null) }
    )
  }
  if (type === "task_completed") {
    return data.outcome
      ? t("aftersales.followUps.timeline.revisitDone", {
          outcome: t(`aftersales.followUps.outcomes.${String(data.outcome)}`),
        })
      : t("aftersales.followUps.timeline.completed", { title })
  }
  return t("aftersales.followUps.timeline.canceled", { title })
}
