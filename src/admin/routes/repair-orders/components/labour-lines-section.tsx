import { Plus, Trash } from "@medusajs/icons"
import { Button, Checkbox, Container, Drawer, IconButton, Input, Label, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../components/permission-gate"
import { SectionHeader } from "../../../components/states"
import {
  REPAIR_PERMISSIONS,
  RepairOrderDetail,
  useAddRepairLabourLine,
  useDeleteRepairLabourLine,
} from "../../../hooks/api/repair-orders"
import { useFormatMoney, useTechnicianNames } from "./shared"
import { useRepairErrorToast } from "./use-repair-error"

const NONE = "__none__"

const AddLabourDrawer = ({
  repair,
  open,
  onOpenChange,
}: {
  repair: RepairOrderDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const { list } = useTechnicianNames()
  const add = useAddRepairLabourLine(repair.id)
  const showError = useRepairErrorToast()
  const [technicianId, setTechnicianId] = useState("")
  const [description, setDescription] = useState("")
  const [hours, setHours] = useState("1")
  const [cost, setCost] = useState("")
  const [price, setPrice] = useState("")
  const [covered, setCovered] = useState(false)

  useEffect(() => {
    if (open) {
      setTechnicianId(repair.technician_id ?? "")
      setDescription("")
      setHours("1")
      setCost("")
      setPrice("")
      setCovered(!!repair.entitlement?.covered && !!repair.entitlement?.covers_labour)
    }
  }, [open, repair.technician_id, repair.entitlement?.covered, repair.entitlement?.covers_labour])

  const optionalNumber = (value: string) => (value.trim() === "" ? undefined : Number(value))
  const valid =
    !!description.trim() &&
    Number(hours) > 0 &&
    [cost, price].every((value) => value.trim() === "" || Number(value) >= 0)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!valid) {
      return
    }
    try {
      await add.mutateAsync({
        technician_id: technicianId || undefined,
        description: description.trim(),
        hours: Number(hours),
        hourly_cost: optionalNumber(cost),
        hourly_price: optionalNumber(price),
        covered,
      })
      toast.success(t("aftersales.repairs.toasts.labourAdded"))
      onOpenChange(false)
    } catch (error) {
      showError(error)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined} data-testid="aftersales-repair-labour-drawer">
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.repairs.labour.addTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="repair-labour-technician">
                {t("aftersales.repairs.fields.technician")}
              </Label>
              <Select value={technicianId || NONE} onValueChange={(v) => setTechnicianId(v === NONE ? "" : v)}>
                <Select.Trigger id="repair-labour-technician">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NONE}>{t("aftersales.repairs.unassigned")}</Select.Item>
                  {list.map((technician) => (
                    <Select.Item key={technician.id} value={technician.id}>
                      {technician.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="repair-labour-description">
                {t("aftersales.repairs.labour.description")}
              </Label>
              <Input id="repair-labour-description" value={description} onChange={(e) => setDescription(e.target.value)} />
            </div>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="repair-labour-hours">
                  {t("aftersales.repairs.labour.hours")}
                </Label>
                <Input id="repair-labour-hours" type="number" min={0} step={0.25} value={hours} onChange={(e) => setHours(e.target.value)} />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="repair-labour-cost">
                  {t("aftersales.repairs.labour.hourlyCost")}
                </Label>
                <Input
                  id="repair-labour-cost"
                  type="number"
                  min={0}
                  step={0.01}
                  placeholder={t("aftersales.repairs.labour.rateDefault")}
                  value={cost}
                  onChange={(e) => setCost(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="repair-labour-price">
                  {t("aftersales.repairs.labour.hourlyPrice")}
                </Label>
                <Input
                  id="repair-labour-price"
                  type="number"
                  min={0}
                  step={0.01}
                  placeholder={t("aftersales.repairs.labour.rateDefault")}
                  value={price}
                  onChange={(e) => setPrice(e.target.value)}
                />
              </div>
            </div>
            <div className="flex items-center gap-x-2">
              <Checkbox id="repair-labour-covered" checked={covered} onCheckedChange={(value) => setCovered(value === true)} />
              <Label size="small" htmlFor="repair-labour-covered">
                {t("aftersales.repairs.labour.coveredLabel")}
              </Label>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" disabled={!valid} isLoading={add.isPending} data-testid="aftersales-repair-labour-save">
              {t("aftersales.repairs.labour.add")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** Billable work: hours at the technician's cost rate and at the price charged. */
export const LabourLinesSection = ({ repair }: { repair: RepairOrderDetail }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const formatMoney = useFormatMoney()
  const { names } = useTechnicianNames()
  const [adding, setAdding] = useState(false)
  const remove = useDeleteRepairLabourLine(repair.id)
  const showError = useRepairErrorToast()
  const lines = repair.labour_lines ?? []

  const onDelete = async (lineId: string, description: string) => {
    const confirmed = await prompt({
      title: t("aftersales.repairs.labour.deleteTitle"),
      description: t("aftersales.repairs.labour.deleteDescription", { description }),
      confirmText: t("aftersales.common.delete"),
      cancelText: t("aftersales.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync(lineId)
      toast.success(t("aftersales.repairs.toasts.labourDeleted"))
    } catch (error) {
      showError(error)
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-labour">
      <SectionHeader
        title={t("aftersales.repairs.labour.title")}
        actions={
          <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
            <Button size="small" variant="secondary" onClick={() => setAdding(true)} data-testid="aftersales-repair-labour-add">
              <Plus />
              {t("aftersales.repairs.labour.add")}
            </Button>
          </PermissionGate>
        }
      />
      {lines.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.repairs.labour.empty")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.repairs.labour.description")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.fields.technician")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.labour.hours")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.labour.hourlyCost")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.labour.hourlyPrice")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.parts.covered")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lines.map((line) => (
                <Table.Row key={line.id} data-testid="aftersales-repair-labour-row">
                  <Table.Cell>{line.description}</Table.Cell>
                  <Table.Cell>{line.technician_id ? names.get(line.technician_id) ?? line.technician_id : "-"}</Table.Cell>
                  <Table.Cell>{line.hours}</Table.Cell>
                  <Table.Cell>{formatMoney(line.hourly_cost, repair.currency_code)}</Table.Cell>
                  <Table.Cell>{formatMoney(line.hourly_price, repair.currency_code)}</Table.Cell>
                  <Table.Cell>{line.covered ? t("aftersales.repairs.yes") : t("aftersales.repairs.no")}</Table.Cell>
                  <Table.Cell className="text-right">
                    <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
                      <IconButton
                        size="small"
                        variant="transparent"
                        aria-label={t("aftersales.common.delete")}
                        onClick={() => onDelete(line.id, line.description)}
                      >
                        <Trash />
                      </IconButton>
                    </PermissionGate>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <AddLabourDrawer repair={repair} open={adding} onOpenChange={setAdding} />
    </Container>
  )
}
