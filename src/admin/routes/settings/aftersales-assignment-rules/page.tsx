import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownMini, ArrowUpMini, PencilSquare, Trash, UserGroup } from "@medusajs/icons"
import { Badge, Button, Container, IconButton, Text, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { CreateButton } from "../../../components/list-actions"
import { PermissionGate, RequirePermission } from "../../../components/permission-gate"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "../../../components/states"
import {
  AssignmentRule,
  useAssignmentRules,
  useDeleteAssignmentRule,
  useProductCategories,
  useReorderAssignmentRules,
  useSaveAssignmentRule,
} from "../../../hooks/api/assignment-rules"
import { useAdminUsers } from "../../../hooks/api/users"
import { getErrorMessage } from "../../../lib/errors"
import { PERMISSIONS } from "../../../lib/permissions"
import { userDisplayName } from "../aftersales-roles/components/user-display"
import { RuleFormDrawer } from "./components/rule-form-drawer"

const CONFIGURE = "service_tickets:configure"

/** "Type: Technical support · Channel: E-mail" or "Every ticket". */
const useConditionSummary = () => {
  const { t } = useTranslation()
  const { product_categories } = useProductCategories()
  const categoryNames = useMemo(
    () => new Map((product_categories ?? []).map((category) => [category.id, category.name])),
    [product_categories]
  )

  return (rule: AssignmentRule) => {
    const parts: string[] = []
    const add = (label: string, values: string[], name: (value: string) => string) => {
      if (values.length) {
        parts.push(`${label}: ${values.map(name).join(", ")}`)
      }
    }
    add(t("aftersales.assignmentRules.fields.ticketTypes"), rule.ticket_types, (value) =>
      t(`aftersales.serviceDesk.types.${value}`, { defaultValue: value })
    )
    add(t("aftersales.assignmentRules.fields.channels"), rule.channels, (value) =>
      t(`aftersales.serviceDesk.channels.${value}`, { defaultValue: value })
    )
    add(t("aftersales.assignmentRules.fields.priorities"), rule.priorities, (value) =>
      t(`aftersales.serviceDesk.priorities.${value}`, { defaultValue: value })
    )
    add(t("aftersales.assignmentRules.fields.categories"), rule.product_category_ids, (id) =>
      categoryNames.get(id) ?? id
    )
    add(t("aftersales.assignmentRules.fields.tags"), rule.tags, (tag) => tag)
    return parts.length ? parts.join(" · ") : t("aftersales.assignmentRules.everyTicket")
  }
}

const RulesSection = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { assignment_rules, isPending, isError, error, refetch } = useAssignmentRules()
  const { users } = useAdminUsers()
  const conditionSummary = useConditionSummary()
  const reorder = useReorderAssignmentRules()
  const remove = useDeleteAssignmentRule()
  const [drawer, setDrawer] = useState<{ open: boolean; rule?: AssignmentRule }>({ open: false })
  const [toggling, setToggling] = useState<AssignmentRule | undefined>()
  const toggle = useSaveAssignmentRule(toggling?.id)

  const userNames = useMemo(
    () => new Map((users ?? []).map((user) => [user.id, userDisplayName(user)])),
    [users]
  )
  const fail = (failure: unknown) =>
    toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))

  const move = async (index: number, offset: -1 | 1) => {
    const ids = (assignment_rules ?? []).map((rule) => rule.id)
    const target = index + offset
    ;[ids[index], ids[target]] = [ids[target], ids[index]]
    try {
      await reorder.mutateAsync(ids)
    } catch (failure) {
      fail(failure)
    }
  }

  const onToggle = async (rule: AssignmentRule) => {
    setToggling(rule)
    try {
      await toggle.mutateAsync({ is_active: !rule.is_active })
    } catch (failure) {
      fail(failure)
    }
  }

  const onDelete = async (rule: AssignmentRule) => {
    const confirmed = await prompt({
      title: t("aftersales.assignmentRules.delete.title"),
      description: t("aftersales.assignmentRules.delete.description", { name: rule.name }),
      confirmText: t("aftersales.common.delete"),
      cancelText: t("aftersales.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync(rule.id)
      toast.success(t("aftersales.assignmentRules.toasts.deleted", { name: rule.name }))
    } catch (failure) {
      fail(failure)
    }
  }

  const rules = assignment_rules ?? []

  return (
    <Container className="divide-y p-0" data-testid="aftersales-assignment-rules-page">
      <SectionHeader
        level="h1"
        title={t("aftersales.assignmentRules.title")}
        description={t("aftersales.assignmentRules.description")}
        actions={
          <CreateButton
            permission={CONFIGURE}
            label={t("aftersales.assignmentRules.create")}
            onClick={() => setDrawer({ open: true })}
            testId="aftersales-rule-create"
          />
        }
      />
      {isPending ? (
        <LoadingState rows={4} />
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !rules.length ? (
        <EmptyState
          inline
          title={t("aftersales.assignmentRules.empty.title")}
          description={t("aftersales.assignmentRules.empty.description")}
        />
      ) : (
        <ol>
          {rules.map((rule, index) => (
            <li
              key={rule.id}
              className="flex flex-wrap items-start justify-between gap-4 border-b px-6 py-4 last:border-b-0"
              data-testid="aftersales-assignment-rule"
              data-name={rule.name}
            >
              <div className="flex min-w-0 flex-1 gap-x-4">
                <Text size="small" className="text-ui-fg-muted w-6 shrink-0 pt-0.5">
                  {index + 1}.
                </Text>
                <div className="flex min-w-0 flex-col gap-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <Text size="small" weight="plus">
                      {rule.name}
                    </Text>
                    <Badge size="2xsmall" color={rule.is_active ? "green" : "grey"}>
                      {rule.is_active
                        ? t("aftersales.assignmentRules.active")
                        : t("aftersales.assignmentRules.inactive")}
                    </Badge>
                    <Badge size="2xsmall" color="blue">
                      {t(`aftersales.assignmentRules.strategies.${rule.strategy}`)}
                    </Badge>
                    {rule.team && (
                      <Badge size="2xsmall" color="purple">
                        {rule.team}
                      </Badge>
                    )}
                  </div>
                  <Text size="small" className="text-ui-fg-subtle">
                    {conditionSummary(rule)}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {t("aftersales.assignmentRules.fields.members")}:{" "}
                    {rule.member_user_ids.map((id) => userNames.get(id) ?? id).join(", ")}
                  </Text>
                </div>
              </div>
              <PermissionGate permission={CONFIGURE}>
                <div className="flex items-center gap-x-1">
                  <IconButton
                    size="small"
                    variant="transparent"
                    disabled={index === 0 || reorder.isPending}
                    onClick={() => move(index, -1)}
                    aria-label={t("aftersales.assignmentRules.moveUp")}
                    data-testid="aftersales-rule-move-up"
                  >
                    <ArrowUpMini />
                  </IconButton>
                  <IconButton
                    size="small"
                    variant="transparent"
                    disabled={index === rules.length - 1 || reorder.isPending}
                    onClick={() => move(index, 1)}
                    aria-label={t("aftersales.assignmentRules.moveDown")}
                    data-testid="aftersales-rule-move-down"
                  >
                    <ArrowDownMini />
                  </IconButton>
                  <Button size="small" variant="transparent" onClick={() => onToggle(rule)}>
                    {rule.is_active
                      ? t("aftersales.assignmentRules.deactivate")
                      : t("aftersales.assignmentRules.activate")}
                  </Button>
                  <IconButton
                    size="small"
                    variant="transparent"
                    onClick={() => setDrawer({ open: true, rule })}
                    aria-label={t("aftersales.common.edit")}
                    data-testid="aftersales-rule-edit"
                  >
                    <PencilSquare />
                  </IconButton>
                  <IconButton
                    size="small"
                    variant="transparent"
                    onClick={() => onDelete(rule)}
                    aria-label={t("aftersales.common.delete")}
                  >
                    <Trash />
                  </IconButton>
                </div>
              </PermissionGate>
            </li>
          ))}
        </ol>
      )}
      <RuleFormDrawer
        open={drawer.open}
        rule={drawer.rule}
        onOpenChange={(open) => setDrawer((current) => ({ ...current, open }))}
      />
    </Container>
  )
}

const AssignmentRulesPage = () => (
  <RequirePermission permission={PERMISSIONS.SERVICE_TICKETS_READ}>
    <RulesSection />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.assignmentRules.nav",
  translationNs: "translation",
  icon: UserGroup,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.assignmentRules.nav" />,
}

export default AssignmentRulesPage
