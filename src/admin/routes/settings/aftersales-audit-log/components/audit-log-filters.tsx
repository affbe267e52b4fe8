import { Button, Input, Label, Select } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { dayBoundToIso } from "../../../../lib/format"
import { AuditLogFilters } from "../../../../lib/types"

export type AuditLogFilterForm = {
  entity_type: string
  entity_id: string
  actor_id: string
  actor_type: string
  action: string
  date_from: string
  date_to: string
}

export const EMPTY_FILTERS: AuditLogFilterForm = {
  entity_type: "",
  entity_id: "",
  actor_id: "",
  actor_type: "",
  action: "",
  date_from: "",
  date_to: "",
}

const ACTOR_TYPES = ["user", "customer", "api-key", "system"] as const
const ANY = "__any__"

/** Form values → API filters (`created_at[$gte|$lte]` as ISO timestamps). */
export function toApiFilters(form: AuditLogFilterForm): AuditLogFilters {
  const filters: AuditLogFilters = {}
  const text = ["entity_type", "entity_id", "actor_id", "actor_type", "action"] as const
  for (const key of text) {
    const value = form[key].trim()
    if (value) {
      filters[key] = value
    }
  }
  const gte = dayBoundToIso(form.date_from, "start")
  const lte = dayBoundToIso(form.date_to, "end")
  if (gte || lte) {
    filters.created_at = {
      ...(gte ? { $gte: gte } : {}),
      ...(lte ? { $lte: lte } : {}),
    }
  }
  return filters
}

type Props = {
  value: AuditLogFilterForm
  onApply: (value: AuditLogFilterForm) => void
}

export const AuditLogFiltersBar = ({ value, onApply }: Props) => {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(value)

  useEffect(() => setDraft(value), [value])

  const set = (key: keyof AuditLogFilterForm) => (next: string) =>
    setDraft((prev) => ({ ...prev, [key]: next }))

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    onApply(draft)
  }

  const textField = (key: keyof AuditLogFilterForm, type = "text") => (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" htmlFor={`audit-filter-${key}`} className="text-ui-fg-subtle">
        {t(`aftersales.auditLog.filters.${key}`)}
      </Label>
      <Input
        id={`audit-filter-${key}`}
        name={key}
        type={type}
        size="small"
        value={draft[key]}
        onChange={(e) => set(key)(e.target.value)}
      />
    </div>
  )

  return (
    <form
      onSubmit={onSubmit}
      className="grid w-full grid-cols-1 items-end gap-3 sm:grid-cols-2 lg:grid-cols-4"
      data-testid="aftersales-audit-filters"
    >
      {textField("entity_type")}
      {textField("entity_id")}
      {textField("action")}
      {textField("actor_id")}
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" htmlFor="audit-filter-actor_type" className="text-ui-fg-subtle">
          {t("aftersales.auditLog.filters.actor_type")}
        </Label>
        <Select
          size="small"
          value={draft.actor_type || ANY}
          onValueChange={(v) => set("actor_type")(v === ANY ? "" : v)}
        >
          <Select.Trigger id="audit-filter-actor_type">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ANY}>{t("aftersales.common.all")}</Select.Item>
            {ACTOR_TYPES.map((type) => (
              <Select.Item key={type} value={type}>
                {t(`aftersales.auditLog.actorTypes.${type}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {textField("date_from", "date")}
      {textField("date_to", "date")}
      <div className="flex items-center gap-x-2">
        <Button size="small" type="submit" variant="secondary" data-testid="aftersales-audit-apply">
          {t("aftersales.common.apply")}
        </Button>
        <Button
          size="small"
          type="button"
          variant="transparent"
          onClick={() => {
            setDraft(EMPTY_FILTERS)
            onApply(EMPTY_FILTERS)
          }}
        >
          {t("aftersales.common.clear")}
        </Button>
      </div>
    </form>
  )
}
