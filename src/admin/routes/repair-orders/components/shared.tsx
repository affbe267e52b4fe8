import { Badge, Text } from "@medusajs/ui"
import { ReactNode, useMemo } from "react"
import { useTranslation } from "react-i18next"

import {
  RepairOrder,
  RepairPartLineStatus,
  RepairPipelineStage,
  RepairPriority,
  RepairWarrantyStatus,
  useRepairPipelines,
  useTechnicians,
} from "../../../hooks/api/repair-orders"
import { toBcp47 } from "../../../lib/format"
import { StageCategory } from "../../../lib/types"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const CATEGORY_COLORS: Record<StageCategory, BadgeColor> = {
  new: "blue",
  open: "purple",
  waiting: "orange",
  resolved: "green",
  closed: "grey",
  canceled: "grey",
}

const PRIORITY_COLORS: Record<RepairPriority, BadgeColor> = {
  low: "grey",
  normal: "blue",
  high: "orange",
  urgent: "red",
}

const WARRANTY_COLORS: Record<RepairWarrantyStatus, BadgeColor> = {
  in_warranty: "green",
  extended: "purple",
  out_of_warranty: "orange",
  unknown: "grey",
}

const PART_LINE_COLORS: Record<RepairPartLineStatus, BadgeColor> = {
  planned: "grey",
  reserved: "blue",
  issued: "green",
  returned: "orange",
  canceled: "grey",
}

/** A stage's label: the translated name of a default stage, else the pipeline's own name. */
export const useRepairStageLabel = () => {
  const { t } = useTranslation()
  return (stage: string, name?: string) =>
    t(`aftersales.repairs.stages.${stage}`, { defaultValue: name ?? stage })
}

export const RepairStageBadge = ({ stage, category, name }: { stage: string; category?: StageCategory; name?: string }) => {
  const label = useRepairStageLabel()
  return (
    <Badge
      size="2xsmall"
      color={category ? CATEGORY_COLORS[category] ?? "grey" : "grey"}
      data-testid="aftersales-repair-stage"
      data-stage={stage}
    >
      {label(stage, name)}
    </Badge>
  )
}

export const RepairPriorityBadge = ({ priority }: { priority: RepairPriority }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={PRIORITY_COLORS[priority] ?? "grey"} data-testid="aftersales-repair-priority">
      {t(`aftersales.repairs.priorities.${priority}`, { defaultValue: priority })}
    </Badge>
  )
}

export const WarrantyBadge = ({ status }: { status: RepairWarrantyStatus | null | undefined }) => {
  const { t } = useTranslation()
  const value = status ?? "unknown"
  return (
    <Badge
      size="2xsmall"
      color={WARRANTY_COLORS[value] ?? "grey"}
      data-testid="aftersales-repair-warranty"
      data-status={value}
    >
      {t(`aftersales.repairs.warrantyStatuses.${value}`, { defaultValue: value })}
    </Badge>
  )
}

export const PartLineStatusBadge = ({ status }: { status: RepairPartLineStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={PART_LINE_COLORS[status] ?? "grey"} data-testid="aftersales-repair-part-status">
      {t(`aftersales.repairs.partStatuses.${status}`, { defaultValue: status })}
    </Badge>
  )
}

/** The customer as the repair knows them: linked customer, else the name/e-mail given at intake. */
export function repairCustomerLabel(repair: Pick<RepairOrder, "customer" | "customer_name" | "customer_email" | "customer_id">) {
  const customer = repair.customer
  if (customer) {
    const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
    return name || customer.email || customer.id
  }
  return repair.customer_name || repair.customer_email || repair.customer_id || "-"
}

/** "3d", "5h", "12m": how long a repair has been open. */
export const useAgeLabel = () => {
  const { t } = useTranslation()
  return (from: string, now = Date.now()) => {
    const minutes = Math.max(0, Math.floor((now - new Date(from).getTime()) / 60_000))
    if (minutes >= 60 * 24) {
      return t("aftersales.repairs.age.days", { count: Math.floor(minutes / (60 * 24)) })
    }
    if (minutes >= 60) {
      return t("aftersales.repairs.age.hours", { count: Math.floor(minutes / 60) })
    }
    return t("aftersales.repairs.age.minutes", { count: minutes })
  }
}

export const useFormatMoney = () => {
  const { i18n } = useTranslation()
  return (amount: number | string | null | undefined, currencyCode: string | null | undefined) => {
    if (amount === null || amount === undefined || amount === "") {
      return "-"
    }
    const value = Number(amount)
    if (!currencyCode) {
      return value.toLocaleString(toBcp47(i18n.language))
    }
    try {
      return new Intl.NumberFormat(toBcp47(i18n.language), {
        style: "currency",
        currency: currencyCode.toUpperCase(),
      }).format(value)
    } catch {
      return `${value.toFixed(2)} ${currencyCode.toUpperCase()}`
    }
  }
}

/** The stages of every repair pipeline (default first), keyed once. */
export const useRepairStages = () => {
  const { repair_pipelines, ...rest } = useRepairPipelines()
  const stages = useMemo(() => {
    const byKey = new Map<string, RepairPipelineStage>()
    const pipelines = [...(repair_pipelines ?? [])].sort((a, b) => Number(b.is_default) - Number(a.is_default))
    for (const pipeline of pipelines) {
      for (const stage of pipeline.definition?.stages ?? []) {
        if (!byKey.has(stage.key)) {
          byKey.set(stage.key, stage)
        }
      }
    }
    return [...byKey.values()]
  }, [repair_pipelines])
  return { stages, pipelines: repair_pipelines ?? [], ...rest }
}

export const useTechnicianNames = () => {
  const { technicians } = useTechnicians()
  return useMemo(
    () => ({
      names: new Map((technicians ?? []).map((technician) => [technician.id, technician.name])),
      list: technicians ?? [],
    }),
    [technicians]
  )
}

/** A card section row: label left, value right. */
export const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div className="grid grid-cols-[140px_1fr] items-start gap-x-3 px-6 py-2" data-testid={testId}>
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-small text-ui-fg-base min-w-0 break-words">{children ?? "-"}</div>
  </div>
)
