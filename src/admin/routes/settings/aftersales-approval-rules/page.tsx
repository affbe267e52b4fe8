import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle, PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Drawer,
  IconButton,
  Input,
  Label,
  Select,
  Switch,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { PermissionGate, RequirePermission } from "../../../components/permission-gate"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "../../../components/states"
import {
  ApprovalRule,
  useApprovalRules,
  useDeleteApprovalRule,
  useSaveApprovalRule,
} from "../../../hooks/api/procurement"
import { useRoles } from "../../../hooks/api/roles"
import { getErrorMessage } from "../../../lib/errors"
import { useFormatMoney } from "../../procurement/components/shared"

const CONFIGURE = "settings:configure"
const ANY_CATEGORY = ""

const RuleDrawer = ({
  open,
  onOpenChange,
  rule,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  rule?: ApprovalRule
}) => {
  const { t } = useTranslation()
  const { roles } = useRoles({ limit: 100 }, { enabled: open })
  const save = useSaveApprovalRule(rule?.id)
  const [name, setName] = useState("")
  const [documentType, setDocumentType] = useState<ApprovalRule["document_type"]>("requisition")
  const [minAmount, setMinAmount] = useState("0")
  const [maxAmount, setMaxAmount] = useState("")
  const [category, setCategory] = useState(ANY_CATEGORY)
  const [role, setRole] = useState("approver")
  const [rank, setRank] = useState("0")
  const [isActive, setIsActive] = useState(true)

  useEffect(() => {
    if (open) {
      setName(rule?.name ?? "")
      setDocumentType(rule?.document_type ?? "requisition")
      setMinAmount(String(rule?.min_amount ?? 0))
      setMaxAmount(rule?.max_amount === null || rule?.max_amount === undefined ? "" : String(rule.max_amount))
      setCategory(rule?.category ?? ANY_CATEGORY)
      setRole(rule?.approver_role ?? "approver")
      setRank(String(rule?.rank ?? 0))
      setIsActive(rule?.is_active ?? true)
    }
  }, [open, rule])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await save.mutateAsync({
        name: name.trim(),
        document_type: documentType,
        min_amount: Number(minAmount || 0),
        max_amount: maxAmount === "" ? null : Number(maxAmount),
        category: category.trim() || null,
        approver_role: role,
        rank: Number(rank || 0),
        is_active: isActive,
      })
      toast.success(t(rule ? "aftersales.procurement.approvalRules.toasts.updated" : "aftersales.procurement.approvalRules.toasts.created", { name: name.trim() }))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const field = (id: string, label: string, input: JSX.Element, optional = false) => (
    <div className="flex flex-col gap-y-2">
      <Label size="small" weight="plus" htmlFor={id}>
        {label}
        {optional && <span className="text-ui-fg-muted font-normal"> ({t("aftersales.common.optional")})</span>}
      </Label>
      {input}
    </div>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-approval-rule-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t(rule ? "aftersales.procurement.approvalRules.form.editTitle" : "aftersales.procurement.approvalRules.form.createTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {field("aftersales-approval-rule-name", t("aftersales.procurement.approvalRules.fields.name"), (
              <Input id="aftersales-approval-rule-name" name="name" size="small" required maxLength={150} value={name} onChange={(e) => setName(e.target.value)} />
            ))}
            {field("aftersales-approval-rule-type", t("aftersales.procurement.approvalRules.fields.documentType"), (
              <Select value={documentType} onValueChange={(value) => setDocumentType(value as ApprovalRule["document_type"])}>
                <Select.Trigger id="aftersales-approval-rule-type">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="requisition">{t("aftersales.procurement.approvalRules.documentTypes.requisition")}</Select.Item>
                  <Select.Item value="purchase_order">{t("aftersales.procurement.approvalRules.documentTypes.purchase_order")}</Select.Item>
                </Select.Content>
              </Select>
            ))}
            <div className="grid grid-cols-2 gap-4">
              {field("aftersales-approval-rule-min", t("aftersales.procurement.approvalRules.fields.minAmount"), (
                <Input id="aftersales-approval-rule-min" name="min_amount" size="small" type="number" min={0} step="0.01" value={minAmount} onChange={(e) => setMinAmount(e.target.value)} />
              ))}
              {field("aftersales-approval-rule-max", t("aftersales.procurement.approvalRules.fields.maxAmount"), (
                <Input id="aftersales-approval-rule-max" name="max_amount" size="small" type="number" min={0} step="0.01" value={maxAmount} onChange={(e) => setMaxAmount(e.target.value)} />
              ), true)}
            </div>
            {field("aftersales-approval-rule-category", t("aftersales.procurement.approvalRules.fields.category"), (
              <Input id="aftersales-approval-rule-category" name="category" size="small" maxLength={100} value={category} onChange={(e) => setCategory(e.target.value)} />
            ), true)}
            {field("aftersales-approval-rule-role", t("aftersales.procurement.approvalRules.fields.approverRole"), (
              <Select value={role} onValueChange={setRole}>
                <Select.Trigger id="aftersales-approval-rule-role">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {(roles ?? []).map((candidate) => (
                    <Select.Item key={candidate.id} value={candidate.name}>
                      {candidate.label} ({candidate.name})
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            ))}
            {field("aftersales-approval-rule-rank", t("aftersales.procurement.approvalRules.fields.rank"), (
              <Input id="aftersales-approval-rule-rank" name="rank" size="small" type="number" value={rank} onChange={(e) => setRank(e.target.value)} />
            ))}
            <div className="flex items-center gap-x-2">
              <Switch id="aftersales-approval-rule-active" checked={isActive} onCheckedChange={setIsActive} />
              <Label size="small" htmlFor="aftersales-approval-rule-active">
                {t("aftersales.procurement.approvalRules.fields.active")}
              </Label>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {t("aftersales.procurement.approvalRules.form.hint")}
            </Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} data-testid="aftersales-approval-rule-save">
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

const RulesSection = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const formatMoney = useFormatMoney()
  const { approval_rules, isPending, isError, error, refetch } = useApprovalRules()
  const remove = useDeleteApprovalRule()
  const [drawer, setDrawer] = useState<{ open: boolean; rule?: ApprovalRule }>({ open: false })

  const onDelete = async (rule: ApprovalRule) => {
    const confirmed = await prompt({
      title: t("aftersales.procurement.approvalRules.delete.title"),
      description: t("aftersales.procurement.approvalRules.delete.description", { name: rule.name }),
      confirmText: t("aftersales.common.delete"),
      cancelText: t("aftersales.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync(rule.id)
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  const band = (rule: ApprovalRule) =>
    rule.max_amount === null
      ? t("aftersales.procurement.approvalRules.bandFrom", { min: formatMoney(rule.min_amount, "eur") })
      : t("aftersales.procurement.approvalRules.band", { min: formatMoney(rule.min_amount, "eur"), max: formatMoney(rule.max_amount, "eur") })

  const rules = approval_rules ?? []

  return (
    <Container className="divide-y p-0" data-testid="aftersales-approval-rules-page">
      <SectionHeader
        level="h1"
        title={t("aftersales.procurement.approvalRules.title")}
        description={t("aftersales.procurement.approvalRules.description")}
        actions={
          <PermissionGate permission={CONFIGURE}>
            <Button size="small" variant="secondary" onClick={() => setDrawer({ open: true })} data-testid="aftersales-approval-rule-create">
              <Plus />
              {t("aftersales.procurement.approvalRules.create")}
            </Button>
          </PermissionGate>
        }
      />
      {isPending ? (
        <LoadingState rows={3} />
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !rules.length ? (
        <EmptyState inline title={t("aftersales.procurement.approvalRules.empty.title")} description={t("aftersales.procurement.approvalRules.empty.description")} />
      ) : (
        <ul>
          {rules.map((rule) => (
            <li key={rule.id} className="flex flex-wrap items-start justify-between gap-4 border-b px-6 py-4 last:border-b-0" data-testid="aftersales-approval-rule" data-name={rule.name}>
              <div className="flex flex-col gap-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Text size="small" weight="plus">
                    {rule.name}
                  </Text>
                  <Badge size="2xsmall" color={rule.is_active ? "green" : "grey"}>
                    {rule.is_active ? t("aftersales.procurement.approvalRules.active") : t("aftersales.procurement.approvalRules.inactive")}
                  </Badge>
                  <Badge size="2xsmall" color="blue">
                    {t(`aftersales.procurement.approvalRules.documentTypes.${rule.document_type}`)}
                  </Badge>
                </div>
                <Text size="small" className="text-ui-fg-subtle">
                  {band(rule)} · {rule.category ? t("aftersales.procurement.approvalRules.categoryOnly", { category: rule.category }) : t("aftersales.procurement.approvalRules.anyCategory")}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("aftersales.procurement.approvalRules.approvedBy", { role: rule.approver_role })} · {t("aftersales.procurement.approvalRules.fields.rank")} {rule.rank}
                </Text>
              </div>
              <PermissionGate permission={CONFIGURE}>
                <div className="flex items-center gap-x-1">
                  <IconButton size="small" variant="transparent" onClick={() => setDrawer({ open: true, rule })} aria-label={t("aftersales.common.edit")}>
                    <PencilSquare />
                  </IconButton>
                  <IconButton size="small" variant="transparent" onClick={() => onDelete(rule)} aria-label={t("aftersales.common.delete")}>
                    <Trash />
                  </IconButton>
                </div>
              </PermissionGate>
            </li>
          ))}
        </ul>
      )}
      <RuleDrawer open={drawer.open} rule={drawer.rule} onOpenChange={(open) => setDrawer((current) => ({ ...current, open }))} />
    </Container>
  )
}

const ApprovalRulesPage = () => (
  <RequirePermission permission="purchasing:read">
    <RulesSection />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.procurement.approvalRules.nav",
  translationNs: "translation",
  icon: CheckCircle,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.procurement.approvalRules.nav" />,
}

export default ApprovalRulesPage
