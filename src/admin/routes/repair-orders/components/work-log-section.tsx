import { Button, Container, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../components/permission-gate"
import { SectionHeader } from "../../../components/states"
import { REPAIR_PERMISSIONS, RepairOrderDetail, useAddRepairWorkLog } from "../../../hooks/api/repair-orders"
import { formatDateTime } from "../../../lib/format"
import { useTechnicianNames } from "./shared"
import { useRepairErrorToast } from "./use-repair-error"

/** Notes of work done with the time spent, newest first. */
export const WorkLogSection = ({
  repair,
  userNames,
}: {
  repair: RepairOrderDetail
  userNames: Map<string, string>
}) => {
  const { t, i18n } = useTranslation()
  const { names } = useTechnicianNames()
  const add = useAddRepairWorkLog(repair.id)
  const showError = useRepairErrorToast()
  const [note, setNote] = useState("")
  const [minutes, setMinutes] = useState("30")
  const entries = [...(repair.work_logs ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at))
  const total = entries.reduce((sum, entry) => sum + (entry.minutes ?? 0), 0)
  const valid = !!note.trim() && Number.isInteger(Number(minutes)) && Number(minutes) >= 0

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!valid) {
      return
    }
    try {
      await add.mutateAsync({ note: note.trim(), minutes: Number(minutes) })
      toast.success(t("aftersales.repairs.toasts.workLogged"))
      setNote("")
    } catch (error) {
      showError(error)
    }
  }

  const who = (technicianId: string | null, authorId: string | null) =>
    (technicianId && names.get(technicianId)) || (authorId && userNames.get(authorId)) || technicianId || authorId || "-"

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-work-log">
      <SectionHeader
        title={t("aftersales.repairs.workLog.title")}
        description={t("aftersales.repairs.workLog.total", { minutes: total })}
      />
      <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
        <form onSubmit={onSubmit} className="flex flex-col gap-y-2 px-6 py-4">
          <Label size="small" weight="plus" htmlFor="repair-work-note">
            {t("aftersales.repairs.workLog.add")}
          </Label>
          <Textarea
            id="repair-work-note"
            rows={2}
            value={note}
            placeholder={t("aftersales.repairs.workLog.placeholder")}
            onChange={(e) => setNote(e.target.value)}
            data-testid="aftersales-repair-work-note"
          />
          <div className="flex items-end justify-between gap-x-3">
            <div className="flex flex-col gap-y-1">
              <Label size="xsmall" htmlFor="repair-work-minutes" className="text-ui-fg-subtle">
                {t("aftersales.repairs.workLog.minutes")}
              </Label>
              <Input
                id="repair-work-minutes"
                type="number"
                min={0}
                step={5}
                size="small"
                className="w-[120px]"
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
            </div>
            <Button size="small" type="submit" variant="secondary" disabled={!valid} isLoading={add.isPending} data-testid="aftersales-repair-work-save">
              {t("aftersales.repairs.workLog.save")}
            </Button>
          </div>
        </form>
      </PermissionGate>
      {entries.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.repairs.workLog.empty")}
        </Text>
      ) : (
        <ul className="flex flex-col divide-y">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-y-1 px-6 py-3" data-testid="aftersales-repair-work-entry">
              <div className="flex items-center justify-between gap-x-2">
                <Text size="small" weight="plus">
                  {who(entry.technician_id, entry.author_id)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("aftersales.repairs.workLog.minutesShort", { minutes: entry.minutes })} ·{" "}
                  {formatDateTime(entry.started_at ?? entry.created_at, i18n.language)}
                </Text>
              </div>
              <Text size="small" className="whitespace-pre-wrap">
                {entry.note}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
