import { Alert, Button, Drawer, Label, RadioGroup, Select, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  RepairOrderDetail,
  RepairOutcome,
  useRepairQualityCheck,
} from "../../../hooks/api/repair-orders"
import { getErrorMessage } from "../../../lib/errors"

/** A replacement is not recorded by a check: it goes through the host claim ("Replace the unit"). */
const QC_OUTCOMES = ["repaired", "no_fault_found", "beyond_economical_repair"] as const satisfies readonly RepairOutcome[]
type QcOutcome = (typeof QC_OUTCOMES)[number]

/**
 * Quality check by a second person: pass (→ completed with an outcome) or fail (→ back to repair).
 * The server refuses a check by the assigned technician's own user; that refusal is shown in the
 * drawer, not only as a passing toast, because the checker has to hand over to someone else.
 */
export const QualityCheckDrawer = ({
  repair,
  open,
  onOpenChange,
}: {
  repair: RepairOrderDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const check = useRepairQualityCheck(repair.id)
  const [result, setResult] = useState<"pass" | "fail">("pass")
  const [outcome, setOutcome] = useState<QcOutcome>("repaired")
  const [notes, setNotes] = useState("")
  const [resolution, setResolution] = useState("")
  const [refusal, setRefusal] = useState<string | null>(null)

  useEffect(() => {
    if (open) {
      setResult("pass")
      setOutcome(QC_OUTCOMES.find((value) => value === repair.outcome) ?? "repaired")
      setNotes("")
      setResolution(repair.resolution_notes ?? "")
      setRefusal(null)
    }
  }, [open, repair.outcome, repair.resolution_notes])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setRefusal(null)
    const passed = result === "pass"
    try {
      await check.mutateAsync({
        passed,
        notes: notes.trim() || undefined,
        ...(passed ? { outcome, resolution_notes: resolution.trim() || undefined } : {}),
      })
      toast.success(passed ? t("aftersales.repairs.toasts.qcPassed") : t("aftersales.repairs.toasts.qcFailed"))
      onOpenChange(false)
    } catch (error) {
      setRefusal(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined} data-testid="aftersales-repair-qc-drawer">
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.repairs.qc.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {refusal && (
              <Alert variant="error" data-testid="aftersales-repair-qc-refusal">
                {t("aftersales.repairs.qc.refused", { message: refusal })}
              </Alert>
            )}
            <Alert variant="info">{t("aftersales.repairs.qc.separation")}</Alert>
            <RadioGroup value={result} onValueChange={(value) => setResult(value as "pass" | "fail")} className="flex gap-x-6">
              {(["pass", "fail"] as const).map((value) => (
                <div key={value} className="flex items-center gap-x-2">
                  <RadioGroup.Item value={value} id={`repair-qc-${value}`} data-testid={`aftersales-repair-qc-${value}`} />
                  <Label size="small" htmlFor={`repair-qc-${value}`}>
                    {t(`aftersales.repairs.qc.${value}`)}
                  </Label>
                </div>
              ))}
            </RadioGroup>
            {result === "pass" && (
              <>
                <div className="flex flex-col gap-y-2">
                  <Label size="small" weight="plus" htmlFor="repair-qc-outcome">
                    {t("aftersales.repairs.fields.outcome")}
                  </Label>
                  <Select value={outcome} onValueChange={(value) => setOutcome(value as QcOutcome)}>
                    <Select.Trigger id="repair-qc-outcome">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {QC_OUTCOMES.map((value) => (
                        <Select.Item key={value} value={value}>
                          {t(`aftersales.repairs.outcomes.${value}`)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </div>
                <div className="flex flex-col gap-y-2">
                  <Label size="small" weight="plus" htmlFor="repair-qc-resolution">
                    {t("aftersales.repairs.fields.resolutionNotes")}
                  </Label>
                  <Textarea id="repair-qc-resolution" rows={2} value={resolution} onChange={(e) => setResolution(e.target.value)} />
                </div>
              </>
            )}
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="repair-qc-notes">
                {t("aftersales.repairs.qc.notes")}
              </Label>
              <Textarea id="repair-qc-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={check.isPending} data-testid="aftersales-repair-qc-save">
              {t("aftersales.repairs.qc.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
