import { Button, Input, Label, Select } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  FaultCode,
  REPAIR_PRIORITIES,
  REPAIR_WARRANTY_STATUSES,
  RepairOrdersQuery,
  RepairPipelineStage,
  TechnicianSummary,
} from "../../../hooks/api/repair-orders"
import { dayBoundToIso } from "../../../lib/format"
import { useRepairStageLabel } from "./shared"

export type RepairFilterForm = {
  q: string
  stage: string
  technician_id: string
  warranty_status: string
  priority: string
  fault_code: string
  created_from: string
  created_to: string
}

export const EMPTY_REPAIR_FILTERS: RepairFilterForm = {
  q: "",
  stage: "",
  technician_id: "",
  warranty_status: "",
  priority: "",
  fault_code: "",
  created_from: "",
  created_to: "",
}

const ANY = "__any__"

/** Form values → API filters (empty values left out; dates become whole-day ISO bounds). */
export function toRepairQuery(form: RepairFilterForm): RepairOrdersQuery {
  const query: RepairOrdersQuery = {}
  const set = (key: keyof RepairOrdersQuery, value: string | undefined) => {
    if (value && value.trim()) {
      ;(query as Record<string, string>)[key] = value.trim()
    }
  }
  set("q", form.q)
  set("stage", form.stage)
  set("technician_id", form.technician_id)
  set("warranty_status", form.warranty_status)
  set("priority", form.priority)
  set("fault_code", form.fault_code)
  set("created_from", dayBoundToIso(form.created_from, "start"))
  set("created_to", dayBoundToIso(form.created_to, "end"))
  return query
}

type Props = {
  value: RepairFilterForm
  onApply: (value: RepairFilterForm) => void
  stages: RepairPipelineStage[]
  technicians: TechnicianSummary[]
  faultCodes: FaultCode[]
  /** The board shows every stage as a column, so it hides the stage filter. */
  hideStage?: boolean
}

export const RepairFiltersBar = ({ value, onApply, stages, technicians, faultCodes, hideStage }: Props) => {
  const { t } = useTranslation()
  const stageLabel = useRepairStageLabel()
  const [draft, setDraft] = useState(value)

  useEffect(() => setDraft(value), [value])

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    onApply(draft)
  }

  const setAndApply = (key: keyof RepairFilterForm) => (next: string) => {
    const updated = { ...draft, [key]: next === ANY ? "" : next }
    setDraft(updated)
    onApply(updated)
  }

  const select = (key: keyof RepairFilterForm, options: { value: string; label: string }[]) => (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" htmlFor={`repair-filter-${key}`} className="text-ui-fg-subtle">
        {t(`aftersales.repairs.filters.${key}`)}
      </Label>
      <Select size="small" value={draft[key] || ANY} onValueChange={setAndApply(key)}>
        <Select.Trigger id={`repair-filter-${key}`} data-testid={`aftersales-repair-filter-${key}`}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ANY}>{t("aftersales.common.all")}</Select.Item>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )

  const dateInput = (key: "created_from" | "created_to") => (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" htmlFor={`repair-filter-${key}`} className="text-ui-fg-subtle">
        {t(`aftersales.repairs.filters.${key}`)}
      </Label>
      <Input
        id={`repair-filter-${key}`}
        type="date"
        size="small"
        value={draft[key]}
        onChange={(e) => setAndApply(key)(e.target.value)}
        data-testid={`aftersales-repair-filter-${key}`}
      />
    </div>
  )

  return (
    <form
      onSubmit={onSubmit}
      className="grid w-full grid-cols-1 items-end gap-3 sm:grid-cols-2 lg:grid-cols-5"
      data-testid="aftersales-repair-filters"
    >
      <div className="flex flex-col gap-y-1 lg:col-span-2">
        <Label size="xsmall" htmlFor="repair-filter-q" className="text-ui-fg-subtle">
          {t("aftersales.repairs.filters.q")}
        </Label>
        <Input
          id="repair-filter-q"
          name="q"
          type="search"
          size="small"
          placeholder={t("aftersales.repairs.filters.qPlaceholder")}
          value={draft.q}
          onChange={(e) => setDraft((prev) => ({ ...prev, q: e.target.value }))}
          data-testid="aftersales-repair-search"
        />
      </div>
      {!hideStage &&
        select(
          "stage",
          stages.map((stage) => ({ value: stage.key, label: stageLabel(stage.key, stage.name) }))
        )}
      {select(
        "technician_id",
        technicians.map((technician) => ({ value: technician.id, label: technician.name }))
      )}
      {select(
        "warranty_status",
        REPAIR_WARRANTY_STATUSES.map((status) => ({
          value: status,
          label: t(`aftersales.repairs.warrantyStatuses.${status}`),
        }))
      )}
      {select(
        "priority",
        REPAIR_PRIORITIES.map((priority) => ({
          value: priority,
          label: t(`aftersales.repairs.priorities.${priority}`),
        }))
      )}
      {select(
        "fault_code",
        faultCodes.map((code) => ({ value: code.code, label: `${code.code} · ${code.name}` }))
      )}
      {dateInput("created_from")}
      {dateInput("created_to")}
      <div className="flex items-center gap-x-2">
        <Button size="small" type="submit" variant="secondary" data-testid="aftersales-repair-apply">
          {t("aftersales.common.apply")}
        </Button>
        <Button
          size="small"
          type="button"
          variant="transparent"
          onClick={() => {
            setDraft(EMPTY_REPAIR_FILTERS)
            onApply(EMPTY_REPAIR_FILTERS)
          }}
        >
          {t("aftersales.common.clear")}
        </Button>
      </div>
    </form>
  )
}
