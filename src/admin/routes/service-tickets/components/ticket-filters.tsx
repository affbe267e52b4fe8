import { Button, Input, Label, Select } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { userDisplayName } from "../../settings/aftersales-roles/components/user-display"
import { useStageLabel } from "../../../components/service-ticket-badges"
import {
  AdminUserSummary,
  PipelineStage,
  TICKET_PRIORITIES,
  TICKET_TYPES,
} from "../../../lib/types"

export type TicketFilterForm = {
  q: string
  stage: string
  priority: string
  type: string
  assignee_id: string
  sla_status: string
}

export const EMPTY_TICKET_FILTERS: TicketFilterForm = {
  q: "",
  stage: "",
  priority: "",
  type: "",
  assignee_id: "",
  sla_status: "",
}

const ANY = "__any__"
const SLA_STATUSES = ["breached", "warning", "paused", "ok"] as const
export const UNASSIGNED = "null"

/** Form values → API filters (empty values are left out). */
export function toTicketQuery(form: TicketFilterForm) {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(form)) {
    if (value.trim()) {
      query[key] = value.trim()
    }
  }
  return query
}

type Props = {
  value: TicketFilterForm
  onApply: (value: TicketFilterForm) => void
  stages: PipelineStage[]
  users: AdminUserSummary[]
}

export const TicketFiltersBar = ({ value, onApply, stages, users }: Props) => {
  const { t } = useTranslation()
  const stageLabel = useStageLabel()
  const [draft, setDraft] = useState(value)

  useEffect(() => setDraft(value), [value])

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    onApply(draft)
  }

  // Selects apply at once; the search applies on Enter or "Apply".
  const setAndApply = (key: keyof TicketFilterForm) => (next: string) => {
    const updated = { ...draft, [key]: next === ANY ? "" : next }
    setDraft(updated)
    onApply(updated)
  }

  const select = (
    key: keyof TicketFilterForm,
    options: { value: string; label: string }[],
    label = t(`aftersales.serviceDesk.filters.${key}`)
  ) => (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" htmlFor={`ticket-filter-${key}`} className="text-ui-fg-subtle">
        {label}
      </Label>
      <Select size="small" value={draft[key] || ANY} onValueChange={setAndApply(key)}>
        <Select.Trigger id={`ticket-filter-${key}`}>
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

  return (
    <form
      onSubmit={onSubmit}
      className="grid w-full grid-cols-1 items-end gap-3 sm:grid-cols-2 lg:grid-cols-6"
      data-testid="aftersales-ticket-filters"
    >
      <div className="flex flex-col gap-y-1 lg:col-span-2">
        <Label size="xsmall" htmlFor="ticket-filter-q" className="text-ui-fg-subtle">
          {t("aftersales.serviceDesk.filters.q")}
        </Label>
        <Input
          id="ticket-filter-q"
          name="q"
          type="search"
          size="small"
          placeholder={t("aftersales.serviceDesk.filters.qPlaceholder")}
          value={draft.q}
          onChange={(e) => setDraft((prev) => ({ ...prev, q: e.target.value }))}
        />
      </div>
      {select(
        "stage",
        stages.map((stage) => ({ value: stage.key, label: stageLabel(stage.key, stage.name) }))
      )}
      {select(
        "priority",
        TICKET_PRIORITIES.map((p) => ({
          value: p,
          label: t(`aftersales.serviceDesk.priorities.${p}`),
        }))
      )}
      {select(
        "type",
        TICKET_TYPES.map((type) => ({
          value: type,
          label: t(`aftersales.serviceDesk.types.${type}`),
        }))
      )}
      {select("assignee_id", [
        { value: UNASSIGNED, label: t("aftersales.serviceDesk.unassigned") },
        ...users.map((user) => ({ value: user.id, label: userDisplayName(user) })),
      ])}
      {select(
        "sla_status",
        SLA_STATUSES.map((status) => ({ value: status, label: t(`aftersales.sla.status.${status}`) })),
        t("aftersales.sla.column")
      )}
      <div className="flex items-center gap-x-2">
        <Button size="small" type="submit" variant="secondary" data-testid="aftersales-ticket-apply">
          {t("aftersales.common.apply")}
        </Button>
        <Button
          size="small"
          type="button"
          variant="transparent"
          onClick={() => {
            setDraft(EMPTY_TICKET_FILTERS)
            onApply(EMPTY_TICKET_FILTERS)
          }}
        >
          {t("aftersales.common.clear")}
        </Button>
      </div>
    </form>
  )
}
