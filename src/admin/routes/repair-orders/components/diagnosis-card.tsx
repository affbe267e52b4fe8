import { XMarkMini } from "@medusajs/icons"
import { Badge, Button, Container, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { SectionHeader } from "../../../components/states"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import {
  REPAIR_PERMISSIONS,
  RepairOrderDetail,
  useFaultCodes,
  useUpdateRepairOrder,
} from "../../../hooks/api/repair-orders"
import { Row } from "./shared"
import { useRepairErrorToast } from "./use-repair-error"

const PICK = "__pick__"

/** Fault codes (from the catalogue), findings and the repair plan. */
export const DiagnosisCard = ({ repair, onReload }: { repair: RepairOrderDetail; onReload: () => void }) => {
  const { t } = useTranslation()
  const { can } = useAftersalesPermissions()
  const canWrite = can(REPAIR_PERMISSIONS.WRITE)
  const { fault_codes } = useFaultCodes()
  const update = useUpdateRepairOrder(repair.id)
  const showError = useRepairErrorToast(onReload)
  const [codes, setCodes] = useState<string[]>(repair.fault_codes ?? [])
  const [findings, setFindings] = useState(repair.findings ?? "")
  const [plan, setPlan] = useState(repair.repair_plan ?? "")

  useEffect(() => {
    setCodes(repair.fault_codes ?? [])
    setFindings(repair.findings ?? "")
    setPlan(repair.repair_plan ?? "")
  }, [repair.fault_codes, repair.findings, repair.repair_plan])

  const catalogue = useMemo(() => new Map((fault_codes ?? []).map((code) => [code.code, code])), [fault_codes])
  const addable = (fault_codes ?? []).filter((code) => code.is_active && !codes.includes(code.code))

  const dirty =
    codes.join("|") !== (repair.fault_codes ?? []).join("|") ||
    findings !== (repair.findings ?? "") ||
    plan !== (repair.repair_plan ?? "")

  const save = async () => {
    try {
      await update.mutateAsync({
        fault_codes: codes,
        findings: findings.trim() || null,
        repair_plan: plan.trim() || null,
      })
      toast.success(t("aftersales.repairs.toasts.saved"))
    } catch (error) {
      showError(error)
    }
  }

  const codeLabel = (code: string) => {
    const known = catalogue.get(code)
    return known ? `${known.code} · ${known.name}` : code
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-diagnosis">
      <SectionHeader title={t("aftersales.repairs.diagnosis.title")} />
      {!canWrite ? (
        <div className="flex flex-col py-2">
          <Row label={t("aftersales.repairs.fields.faultCodes")}>{codes.map(codeLabel).join(", ") || "-"}</Row>
          <Row label={t("aftersales.repairs.fields.findings")}>
            <span className="whitespace-pre-wrap">{repair.findings ?? "-"}</span>
          </Row>
          <Row label={t("aftersales.repairs.fields.repairPlan")}>
            <span className="whitespace-pre-wrap">{repair.repair_plan ?? "-"}</span>
          </Row>
        </div>
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus" htmlFor="repair-fault-code-add">
              {t("aftersales.repairs.fields.faultCodes")}
            </Label>
            <div className="flex flex-wrap gap-1" data-testid="aftersales-repair-fault-codes">
              {codes.length === 0 && (
                <Text size="small" className="text-ui-fg-muted">
                  {t("aftersales.repairs.diagnosis.noCodes")}
                </Text>
              )}
              {codes.map((code) => (
                <Badge key={code} size="small" className="gap-x-1" data-testid="aftersales-repair-fault-code" data-code={code}>
                  {codeLabel(code)}
                  <button
                    type="button"
                    aria-label={t("aftersales.repairs.diagnosis.removeCode", { code })}
                    onClick={() => setCodes((current) => current.filter((value) => value !== code))}
                  >
                    <XMarkMini />
                  </button>
                </Badge>
              ))}
            </div>
            <Select
              size="small"
              value={PICK}
              onValueChange={(value) => value !== PICK && setCodes((current) => [...current, value])}
            >
              <Select.Trigger id="repair-fault-code-add" data-testid="aftersales-repair-fault-code-add">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={PICK}>{t("aftersales.repairs.diagnosis.addCode")}</Select.Item>
                {addable.map((code) => (
                  <Select.Item key={code.id} value={code.code}>
                    {`${code.code} · ${code.name}`}
                    {code.category ? ` (${code.category})` : ""}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small" weight="plus" htmlFor="repair-findings">
              {t("aftersales.repairs.fields.findings")}
            </Label>
            <Textarea id="repair-findings" rows={3} value={findings} onChange={(e) => setFindings(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small" weight="plus" htmlFor="repair-plan">
              {t("aftersales.repairs.fields.repairPlan")}
            </Label>
            <Textarea id="repair-plan" rows={3} value={plan} onChange={(e) => setPlan(e.target.value)} />
          </div>
          <div className="flex justify-end">
            <Button size="small" disabled={!dirty} isLoading={update.isPending} onClick={save} data-testid="aftersales-repair-diagnosis-save">
              {t("aftersales.common.save")}
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}
