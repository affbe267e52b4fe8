import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { StageCategory, TicketPriority } from "../lib/types"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const CATEGORY_COLORS: Record<StageCategory, BadgeColor> = {
  new: "blue",
  open: "purple",
  waiting: "orange",
  resolved: "green",
  closed: "grey",
  canceled: "grey",
}

const PRIORITY_COLORS: Record<TicketPriority, BadgeColor> = {
  low: "grey",
  normal: "blue",
  high: "orange",
  urgent: "red",
}

/** A stage's label: the translated name of a known stage, else the pipeline's name or key. */
export const useStageLabel = () => {
  const { t } = useTranslation()
  return (stage: string, name?: string) =>
    t(`aftersales.serviceDesk.stages.${stage}`, { defaultValue: name ?? stage })
}

export const StageBadge = ({
  stage,
  category,
  name,
}: {
  stage: string
  category?: StageCategory
  name?: string
}) => {
  const label = useStageLabel()
  return (
    <Badge
      size="2xsmall"
      color={category ? CATEGORY_COLORS[category] ?? "grey" : "grey"}
      data-testid="aftersales-ticket-stage"
      data-stage={stage}
    >
      {label(stage, name)}
    </Badge>
  )
}

export const PriorityBadge = ({ priority }: { priority: TicketPriority }) => {
  const { t } = useTranslation()
  return (
    <Badge
      size="2xsmall"
      color={PRIORITY_COLORS[priority] ?? "grey"}
      data-testid="aftersales-ticket-priority"
    >
      {t(`aftersales.serviceDesk.priorities.${priority}`, {
        defaultValue: priority,
      })}
    </Badge>
  )
}
