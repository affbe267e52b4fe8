import { Sparkles } from "@medusajs/icons"
import { Badge, Button, Container, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../components/permission-gate"
import { SectionHeader } from "../../../components/states"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import {
  REPAIR_PERMISSIONS,
  RepairOrderDetail,
  useAssignRepairOrder,
  useTechnicianSuggestions,
} from "../../../hooks/api/repair-orders"
import { getErrorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import { Row, useTechnicianNames } from "./shared"
import { useRepairErrorToast } from "./use-repair-error"

const UNASSIGNED = "__unassigned__"

/** ISO → the value of an <input type="datetime-local"> in the browser's time zone. */
function toLocalInput(value: string | null | undefined) {
  if (!value) {
    return ""
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return ""
  }
  const offset = date.getTimezoneOffset() * 60_000
  return new Date(date.getTime() - offset).toISOString().slice(0, 16)
}

const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null)

/** Technician, planned window, and the server's ranked suggestions (skill, workload, location). */
export const AssignmentCard = ({ repair, onReload }: { repair: RepairOrderDetail; onReload: () => void }) => {
  const { t, i18n } = useTranslation()
  const { can } = useAftersalesPermissions()
  const { names, list } = useTechnicianNames()
  const assign = useAssignRepairOrder(repair.id)
  const showError = useRepairErrorToast(onReload)
  const [technicianId, setTechnicianId] = useState(repair.technician_id ?? "")
  const [start, setStart] = useState(toLocalInput(repair.planned_start_at))
  const [end, setEnd] = useState(toLocalInput(repair.planned_end_at))
  const [suggesting, setSuggesting] = useState(false)
  const suggestions = useTechnicianSuggestions(repair.id, suggesting)

  useEffect(() => {
    setTechnicianId(repair.technician_id ?? "")
    setStart(toLocalInput(repair.planned_start_at))
    setEnd(toLocalInput(repair.planned_end_at))
  }, [repair.technician_id, repair.planned_start_at, repair.planned_end_at])

  const save = async (id: string) => {
    try {
      await assign.mutateAsync({
        technician_id: id || null,
        planned_start_at: fromLocalInput(start),
        planned_end_at: fromLocalInput(end),
      })
      toast.success(
        id
          ? t("aftersales.repairs.toasts.assigned", { technician: names.get(id) ?? id })
          : t("aftersales.repairs.toasts.unassigned")
      )
      setSuggesting(false)
    } catch (error) {
      showError(error)
    }
  }

  const canWrite = can(REPAIR_PERMISSIONS.WRITE)

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-assignment">
      <SectionHeader
        title={t("aftersales.repairs.assignment.title")}
        actions={
          <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setSuggesting((value) => !value)}
              data-testid="aftersales-repair-suggest"
            >
              <Sparkles />
              {t("aftersales.repairs.assignment.suggest")}
            </Button>
          </PermissionGate>
        }
      />
      {!canWrite ? (
        <div className="flex flex-col py-2">
          <Row label={t("aftersales.repairs.fields.technician")}>
            {repair.technician_id ? names.get(repair.technician_id) ?? repair.technician_id : t("aftersales.repairs.unassigned")}
          </Row>
          <Row label={t("aftersales.repairs.fields.plannedStart")}>{formatDateTime(repair.planned_start_at, i18n.language)}</Row>
          <Row label={t("aftersales.repairs.fields.plannedEnd")}>{formatDateTime(repair.planned_end_at, i18n.language)}</Row>
        </div>
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Label size="small" weight="plus" htmlFor="repair-technician">
              {t("aftersales.repairs.fields.technician")}
            </Label>
            <Select value={technicianId || UNASSIGNED} onValueChange={(v) => setTechnicianId(v === UNASSIGNED ? "" : v)}>
              <Select.Trigger id="repair-technician" data-testid="aftersales-repair-technician">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={UNASSIGNED}>{t("aftersales.repairs.unassigned")}</Select.Item>
                {list.map((technician) => (
                  <Select.Item key={technician.id} value={technician.id}>
                    {technician.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <div className="flex flex-col gap-y-1">
              <Label size="small" weight="plus" htmlFor="repair-planned-start">
                {t("aftersales.repairs.fields.plannedStart")}
              </Label>
              <Input id="repair-planned-start" type="datetime-local" size="small" value={start} onChange={(e) => setStart(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label size="small" weight="plus" htmlFor="repair-planned-end">
                {t("aftersales.repairs.fields.plannedEnd")}
              </Label>
              <Input id="repair-planned-end" type="datetime-local" size="small" value={end} onChange={(e) => setEnd(e.target.value)} />
            </div>
          </div>
          <div className="flex justify-end">
            <Button size="small" onClick={() => save(technicianId)} isLoading={assign.isPending} data-testid="aftersales-repair-assign-save">
              {t("aftersales.common.save")}
            </Button>
          </div>
        </div>
      )}
      {suggesting && (
        <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="aftersales-repair-suggestions">
          <Text size="small" weight="plus">
            {t("aftersales.repairs.assignment.suggestions")}
          </Text>
          {suggestions.isPending ? (
            <Text size="small" className="text-ui-fg-muted">
              {t("aftersales.common.loading")}
            </Text>
          ) : suggestions.isError ? (
            <Text size="small" className="text-ui-fg-error">
              {getErrorMessage(suggestions.error, t("aftersales.common.unknownError"))}
            </Text>
          ) : !suggestions.suggestions?.length ? (
            <Text size="small" className="text-ui-fg-muted">
              {t("aftersales.repairs.assignment.noSuggestions")}
            </Text>
          ) : (
            suggestions.suggestions.map((suggestion) => (
              <div
                key={suggestion.technician.id}
                className="border-ui-border-base flex items-start justify-between gap-x-3 rounded-md border p-3"
                data-testid="aftersales-repair-suggestion"
              >
                <div className="flex min-w-0 flex-col gap-y-1">
                  <div className="flex items-center gap-x-2">
                    <Text size="small" weight="plus">
                      {suggestion.technician.name}
                    </Text>
                    <Badge size="2xsmall" color="blue">
                      {t("aftersales.repairs.assignment.score", { score: Math.round(Number(suggestion.score) * 100) / 100 })}
                    </Badge>
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t("aftersales.repairs.assignment.load", {
                      open: suggestion.open_jobs,
                      capacity: suggestion.capacity,
                    })}
                    {suggestion.skill_level !== null && suggestion.skill_level !== undefined
                      ? ` · ${t("aftersales.repairs.assignment.skill", { level: suggestion.skill_level })}`
                      : ""}
                  </Text>
                  {suggestion.reasons.length > 0 && (
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {suggestion.reasons.join(" · ")}
                    </Text>
                  )}
                </div>
                <Button
                  size="small"
                  variant="secondary"
                  disabled={assign.isPending || suggestion.technician.id === repair.technician_id}
                  onClick={() => save(suggestion.technician.id)}
                  data-testid="aftersales-repair-suggestion-assign"
                >
                  {t("aftersales.repairs.assignment.assign")}
                </Button>
              </div>
            ))
          )}
        </div>
      )}
    </Container>
  )
}
