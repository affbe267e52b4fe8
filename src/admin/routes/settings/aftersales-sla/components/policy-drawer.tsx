import { Button, Drawer, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, ReactNode, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  BusinessCalendarDetail,
  SlaPolicyDetail,
  useSaveSlaPolicy,
} from "../../../../hooks/api/sla"
import { getErrorMessage } from "../../../../lib/errors"
import { TICKET_PRIORITIES, TicketPriority } from "../../../../lib/types"

const ANY = "any"
const TARGETS = ["first_response", "next_response", "resolution"] as const

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  calendars: BusinessCalendarDetail[]
  /** The policy to edit; omitted to create one. */
  policy?: SlaPolicyDetail
}

const Field = ({ id, label, hint, children }: { id?: string; label: string; hint?: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label size="small" weight="plus" htmlFor={id}>
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)

/** "" (no target) or a whole number of minutes. */
const minutesOrNull = (value: string) => (value.trim() === "" ? null : Number(value))

export const PolicyDrawer = ({ open, onOpenChange, calendars, policy }: Props) => {
  const { t } = useTranslation()
  const save = useSaveSlaPolicy()
  const [name, setName] = useState("")
  const [description, setDescription] = useState("")
  const [priority, setPriority] = useState<string>(ANY)
  const [tier, setTier] = useState("")
  const [targets, setTargets] = useState<Record<(typeof TARGETS)[number], string>>({
    first_response: "",
    next_response: "",
    resolution: "",
  })
  const [warningPercent, setWarningPercent] = useState("80")
  const [calendarId, setCalendarId] = useState("")
  const [rank, setRank] = useState("100")
  const [isActive, setIsActive] = useState(true)
  const [escalate, setEscalate] = useState(true)

  useEffect(() => {
    if (!open) {
      return
    }
    const text = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value))
    setName(policy?.name ?? "")
    setDescription(policy?.description ?? "")
    setPriority(policy?.priority ?? ANY)
    setTier(policy?.customer_tier ?? "")
    setTargets({
      first_response: text(policy?.first_response_minutes),
      next_response: text(policy?.next_response_minutes),
      resolution: text(policy?.resolution_minutes),
    })
    setWarningPercent(text(policy?.warning_percent ?? 80))
    setCalendarId(policy?.calendar_id ?? calendars.find((calendar) => calendar.is_default)?.id ?? calendars[0]?.id ?? "")
    setRank(text(policy?.rank ?? 100))
    setIsActive(policy?.is_active ?? true)
    setEscalate(policy?.escalate_on_breach ?? true)
  }, [open, policy, calendars])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await save.mutateAsync({
        id: policy?.id,
        name,
        description: description.trim() || null,
        priority: priority === ANY ? null : (priority as TicketPriority),
        customer_tier: tier.trim() || null,
        first_response_minutes: minutesOrNull(targets.first_response),
        next_response_minutes: minutesOrNull(targets.next_response),
        resolution_minutes: minutesOrNull(targets.resolution),
        warning_percent: Number(warningPercent),
        calendar_id: calendarId,
        rank: Number(rank),
        is_active: isActive,
        escalate_on_breach: escalate,
      })
      toast.success(policy ? t("aftersales.sla.toasts.policyUpdated") : t("aftersales.sla.toasts.policyCreated"))
      onOpenChange(false)
    } catch (error) {
      // e.g. no target at all: the server explains
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-[640px]" data-testid="aftersales-sla-policy-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {policy ? t("aftersales.sla.policies.form.editTitle") : t("aftersales.sla.policies.form.createTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <Field id="aftersales-sla-policy-name" label={t("aftersales.sla.policies.fields.name")}>
              <Input
                id="aftersales-sla-policy-name"
                name="name"
                size="small"
                required
                maxLength={100}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </Field>
            <Field id="aftersales-sla-policy-description" label={t("aftersales.sla.policies.fields.description")}>
              <Textarea
                id="aftersales-sla-policy-description"
                name="description"
                rows={2}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            </Field>
            <div className="grid grid-cols-2 gap-4">
              <Field id="aftersales-sla-policy-priority" label={t("aftersales.sla.policies.fields.priority")}>
                <Select size="small" value={priority} onValueChange={setPriority}>
                  <Select.Trigger id="aftersales-sla-policy-priority" data-testid="aftersales-sla-policy-priority">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value={ANY}>{t("aftersales.sla.policies.anyPriority")}</Select.Item>
                    {TICKET_PRIORITIES.map((value) => (
                      <Select.Item key={value} value={value}>
                        {t(`aftersales.serviceDesk.priorities.${value}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
              <Field
                id="aftersales-sla-policy-tier"
                label={t("aftersales.sla.policies.fields.customerTier")}
                hint={t("aftersales.sla.policies.form.tierHint")}
              >
                <Input
                  id="aftersales-sla-policy-tier"
                  name="customer_tier"
                  size="small"
                  placeholder={t("aftersales.sla.policies.anyTier")}
                  value={tier}
                  onChange={(e) => setTier(e.target.value)}
                />
              </Field>
            </div>
            <div className="flex flex-col gap-y-2">
              <Text size="small" weight="plus">
                {t("aftersales.sla.policies.form.targetsTitle")}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("aftersales.sla.policies.form.targetsHint")}
              </Text>
              <div className="grid grid-cols-3 gap-4">
                {TARGETS.map((target) => (
                  <Field key={target} id={`aftersales-sla-policy-${target}`} label={t(`aftersales.sla.targets.${target}`)}>
                    <Input
                      id={`aftersales-sla-policy-${target}`}
                      name={`${target}_minutes`}
                      size="small"
                      type="number"
                      min={0}
                      step={1}
                      placeholder={t("aftersales.sla.policies.form.noTarget")}
                      value={targets[target]}
                      onChange={(e) => setTargets((previous) => ({ ...previous, [target]: e.target.value }))}
                    />
                  </Field>
                ))}
              </div>
            </div>
            <div className="grid grid-cols-3 gap-4">
              <Field id="aftersales-sla-policy-warning" label={t("aftersales.sla.policies.fields.warningPercent")}>
                <Input
                  id="aftersales-sla-policy-warning"
                  name="warning_percent"
                  size="small"
                  type="number"
                  min={1}
                  max={100}
                  required
                  value={warningPercent}
                  onChange={(e) => setWarningPercent(e.target.value)}
                />
              </Field>
              <Field id="aftersales-sla-policy-calendar" label={t("aftersales.sla.policies.fields.calendar")}>
                <Select size="small" value={calendarId} onValueChange={setCalendarId}>
                  <Select.Trigger id="aftersales-sla-policy-calendar">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {calendars.map((calendar) => (
                      <Select.Item key={calendar.id} value={calendar.id}>
                        {calendar.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
              <Field
                id="aftersales-sla-policy-rank"
                label={t("aftersales.sla.policies.fields.rank")}
                hint={t("aftersales.sla.policies.form.rankHint")}
              >
                <Input
                  id="aftersales-sla-policy-rank"
                  name="rank"
                  size="small"
                  type="number"
                  min={0}
                  required
                  value={rank}
                  onChange={(e) => setRank(e.target.value)}
                />
              </Field>
            </div>
            {[
              { id: "active", checked: isActive, onChange: setIsActive },
              { id: "escalate", checked: escalate, onChange: setEscalate },
            ].map((toggle) => (
              <div
                key={toggle.id}
                className="bg-ui-bg-component shadow-elevation-card-rest flex items-start justify-between gap-x-4 rounded-lg p-3"
              >
                <div className="flex flex-col">
                  <Label size="small" weight="plus" htmlFor={`aftersales-sla-policy-${toggle.id}`}>
                    {t(`aftersales.sla.policies.form.${toggle.id}`)}
                  </Label>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t(`aftersales.sla.policies.form.${toggle.id}Hint`)}
                  </Text>
                </div>
                <Switch id={`aftersales-sla-policy-${toggle.id}`} checked={toggle.checked} onCheckedChange={toggle.onChange} />
              </div>
            ))}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} data-testid="aftersales-sla-policy-save">
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
