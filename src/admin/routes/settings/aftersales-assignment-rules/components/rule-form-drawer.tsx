import {
  Button,
  Checkbox,
  Drawer,
  Input,
  Label,
  Select,
  Switch,
  Text,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  AssignmentRule,
  AssignmentStrategy,
  useProductCategories,
  useSaveAssignmentRule,
} from "../../../../hooks/api/assignment-rules"
import { useAdminUsers } from "../../../../hooks/api/users"
import { getErrorMessage } from "../../../../lib/errors"
import { userDisplayName } from "../../aftersales-roles/components/user-display"
import { TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_TYPES } from "../../../../lib/types"

export const STRATEGIES: AssignmentStrategy[] = ["round_robin", "least_loaded", "fixed"]

type Option = { value: string; label: string }

/** A compact any-of choice: nothing ticked means "any". */
const CheckboxGroup = ({
  name,
  label,
  options,
  value,
  onChange,
}: {
  name: string
  label: string
  options: Option[]
  value: string[]
  onChange: (value: string[]) => void
}) => {
  const { t } = useTranslation()
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((item) => item !== option))

  return (
    <fieldset className="flex flex-col gap-y-2" data-testid={`aftersales-rule-${name}`}>
      <legend className="txt-compact-small-plus text-ui-fg-base">
        {label}{" "}
        <span className="text-ui-fg-muted font-normal">
          {value.length ? "" : `(${t("aftersales.assignmentRules.form.any")})`}
        </span>
      </legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((option) => {
          const id = `aftersales-rule-${name}-${option.value}`
          return (
            <div key={option.value} className="flex items-center gap-x-2">
              <Checkbox
                id={id}
                checked={value.includes(option.value)}
                onCheckedChange={(checked) => toggle(option.value, checked === true)}
              />
              <Label size="small" htmlFor={id}>
                {option.label}
              </Label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}

type RuleFormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The rule to edit; omitted to create one (it goes after the last rule). */
  rule?: AssignmentRule
}

export const RuleFormDrawer = ({ open, onOpenChange, rule }: RuleFormDrawerProps) => {
  const { t } = useTranslation()
  const { users } = useAdminUsers({ enabled: open })
  const { product_categories } = useProductCategories({ enabled: open })
  const save = useSaveAssignmentRule(rule?.id)

  const [name, setName] = useState("")
  const [isActive, setIsActive] = useState(true)
  const [strategy, setStrategy] = useState<AssignmentStrategy>("round_robin")
  const [team, setTeam] = useState("")
  const [members, setMembers] = useState<string[]>([])
  const [ticketTypes, setTicketTypes] = useState<string[]>([])
  const [channels, setChannels] = useState<string[]>([])
  const [priorities, setPriorities] = useState<string[]>([])
  const [categories, setCategories] = useState<string[]>([])
  const [tags, setTags] = useState("")

  useEffect(() => {
    if (open) {
      setName(rule?.name ?? "")
      setIsActive(rule?.is_active ?? true)
      setStrategy(rule?.strategy ?? "round_robin")
      setTeam(rule?.team ?? "")
      setMembers(rule?.member_user_ids ?? [])
      setTicketTypes(rule?.ticket_types ?? [])
      setChannels(rule?.channels ?? [])
      setPriorities(rule?.priorities ?? [])
      setCategories(rule?.product_category_ids ?? [])
      setTags((rule?.tags ?? []).join(", "))
    }
  }, [open, rule])

  const toggleMember = (id: string, checked: boolean) => {
    if (strategy === "fixed") {
      setMembers(checked ? [id] : [])
      return
    }
    // the order of ticking is the round-robin order
    setMembers(checked ? [...members, id] : members.filter((member) => member !== id))
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!members.length) {
      toast.error(t("aftersales.assignmentRules.form.membersRequired"))
      return
    }
    const payload = {
      name: name.trim(),
      is_active: isActive,
      strategy,
      team: team.trim() || null,
      member_user_ids: strategy === "fixed" ? members.slice(0, 1) : members,
      ticket_types: ticketTypes,
      channels,
      priorities,
      product_category_ids: categories,
      tags: tags
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    }
    try {
      await save.mutateAsync(payload)
      toast.success(
        t(rule ? "aftersales.assignmentRules.toasts.updated" : "aftersales.assignmentRules.toasts.created", {
          name: payload.name,
        })
      )
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const labelled = (prefix: string, values: readonly string[]): Option[] =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`, { defaultValue: value }) }))

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content
        className="max-w-[720px]"
        data-testid="aftersales-rule-drawer"
        aria-describedby={undefined}
      >
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {rule
                ? t("aftersales.assignmentRules.form.editTitle")
                : t("aftersales.assignmentRules.form.createTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-5 overflow-y-auto">
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-rule-name">
                  {t("aftersales.assignmentRules.fields.name")}
                </Label>
                <Input
                  id="aftersales-rule-name"
                  name="name"
                  size="small"
                  required
                  maxLength={150}
                  autoComplete="off"
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-rule-team">
                  {t("aftersales.assignmentRules.fields.team")}{" "}
                  <span className="text-ui-fg-muted font-normal">
                    ({t("aftersales.common.optional")})
                  </span>
                </Label>
                <Input
                  id="aftersales-rule-team"
                  name="team"
                  size="small"
                  maxLength={100}
                  autoComplete="off"
                  value={team}
                  onChange={(e) => setTeam(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-rule-strategy">
                  {t("aftersales.assignmentRules.fields.strategy")}
                </Label>
                <Select
                  size="small"
                  value={strategy}
                  onValueChange={(value) => {
                    setStrategy(value as AssignmentStrategy)
                    if (value === "fixed") {
                      setMembers(members.slice(0, 1))
                    }
                  }}
                >
                  <Select.Trigger id="aftersales-rule-strategy" data-testid="aftersales-rule-strategy">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {STRATEGIES.map((item) => (
                      <Select.Item key={item} value={item}>
                        {t(`aftersales.assignmentRules.strategies.${item}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t(`aftersales.assignmentRules.strategyHints.${strategy}`)}
                </Text>
              </div>
              <div className="flex items-center gap-x-2 pt-6">
                <Switch
                  id="aftersales-rule-active"
                  checked={isActive}
                  onCheckedChange={setIsActive}
                />
                <Label size="small" htmlFor="aftersales-rule-active">
                  {t("aftersales.assignmentRules.fields.active")}
                </Label>
              </div>
            </div>

            <fieldset className="flex flex-col gap-y-2" data-testid="aftersales-rule-members">
              <legend className="txt-compact-small-plus text-ui-fg-base">
                {t("aftersales.assignmentRules.fields.members")}
              </legend>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("aftersales.assignmentRules.form.membersHint")}
              </Text>
              <div className="flex flex-col gap-y-2">
                {(users ?? []).map((user) => {
                  const id = `aftersales-rule-member-${user.id}`
                  const position = members.indexOf(user.id)
                  return (
                    <div key={user.id} className="flex items-center gap-x-2">
                      <Checkbox
                        id={id}
                        checked={position >= 0}
                        onCheckedChange={(checked) => toggleMember(user.id, checked === true)}
                      />
                      <Label size="small" htmlFor={id}>
                        {userDisplayName(user)}
                      </Label>
                      {position >= 0 && strategy !== "fixed" && (
                        <Text size="xsmall" className="text-ui-fg-muted">
                          #{position + 1}
                        </Text>
                      )}
                    </div>
                  )
                })}
              </div>
            </fieldset>

            <div className="flex flex-col gap-y-4">
              <div className="flex flex-col gap-y-1">
                <Text size="small" weight="plus">
                  {t("aftersales.assignmentRules.form.conditions")}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("aftersales.assignmentRules.form.conditionsHint")}
                </Text>
              </div>
              <CheckboxGroup
                name="ticket-types"
                label={t("aftersales.assignmentRules.fields.ticketTypes")}
                options={labelled("aftersales.serviceDesk.types", TICKET_TYPES)}
                value={ticketTypes}
                onChange={setTicketTypes}
              />
              <CheckboxGroup
                name="channels"
                label={t("aftersales.assignmentRules.fields.channels")}
                options={labelled("aftersales.serviceDesk.channels", TICKET_CHANNELS)}
                value={channels}
                onChange={setChannels}
              />
              <CheckboxGroup
                name="priorities"
                label={t("aftersales.assignmentRules.fields.priorities")}
                options={labelled("aftersales.serviceDesk.priorities", TICKET_PRIORITIES)}
                value={priorities}
                onChange={setPriorities}
              />
              <CheckboxGroup
                name="categories"
                label={t("aftersales.assignmentRules.fields.categories")}
                options={(product_categories ?? []).map((category) => ({
                  value: category.id,
                  label: category.name,
                }))}
                value={categories}
                onChange={setCategories}
              />
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-rule-tags">
                  {t("aftersales.assignmentRules.fields.tags")}
                </Label>
                <Input
                  id="aftersales-rule-tags"
                  name="tags"
                  size="small"
                  autoComplete="off"
                  placeholder="warranty, vip"
                  value={tags}
                  onChange={(e) => setTags(e.target.value)}
                />
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("aftersales.assignmentRules.form.tagsHint")}
                </Text>
              </div>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              isLoading={save.isPending}
              data-testid="aftersales-rule-save"
            >
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
