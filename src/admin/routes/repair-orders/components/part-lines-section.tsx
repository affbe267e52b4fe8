import { EllipsisHorizontal, Plus } from "@medusajs/icons"
import {
  Button,
  Checkbox,
  Container,
  Drawer,
  DropdownMenu,
  IconButton,
  Input,
  Label,
  Select,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../components/permission-gate"
import { SectionHeader } from "../../../components/states"
import { useSparePartSearch, useStockLocations } from "../../../hooks/api/procurement"
import {
  PartLineAction,
  REPAIR_PERMISSIONS,
  RepairOrderDetail,
  RepairPartLine,
  useAddRepairPartLine,
  useRepairPartLineAction,
} from "../../../hooks/api/repair-orders"
import { PartLineStatusBadge, useFormatMoney } from "./shared"
import { useRepairErrorToast } from "./use-repair-error"

const NONE = "__none__"

/** Which actions a part line offers in its status (the server checks again). */
function actionsFor(line: RepairPartLine): PartLineAction[] {
  switch (line.status) {
    case "planned":
      return ["reserve", "issue", "cancel"]
    case "reserved":
      return ["issue", "cancel"]
    case "issued":
      return line.quantity_issued - line.quantity_returned > 0 ? ["return"] : []
    default:
      return []
  }
}

const AddPartDrawer = ({
  repair,
  open,
  onOpenChange,
}: {
  repair: RepairOrderDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const [partId, setPartId] = useState("")
  const [quantity, setQuantity] = useState("1")
  const [locationId, setLocationId] = useState("")
  const [covered, setCovered] = useState(false)
  const [note, setNote] = useState("")
  const parts = useSparePartSearch(search)
  const { stock_locations } = useStockLocations()
  const add = useAddRepairPartLine(repair.id)
  const showError = useRepairErrorToast()
  const entitlement = repair.entitlement

  // Without a repair location the part's location must be named: default to the first one.
  const fallbackLocation = repair.location_id ? "" : stock_locations?.[0]?.id ?? ""

  useEffect(() => {
    if (open) {
      setSearch("")
      setPartId("")
      setQuantity("1")
      setLocationId(fallbackLocation)
      setCovered(!!entitlement?.covered && !!entitlement?.covers_parts)
      setNote("")
    }
  }, [open, fallbackLocation, entitlement?.covered, entitlement?.covers_parts])

  const amount = Number(quantity)
  const valid = !!partId && Number.isInteger(amount) && amount > 0 && (!!locationId || !!repair.location_id)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!valid) {
      return
    }
    try {
      await add.mutateAsync({
        spare_part_id: partId,
        quantity: amount,
        location_id: locationId || undefined,
        covered,
        note: note.trim() || undefined,
      })
      toast.success(t("aftersales.repairs.toasts.partAdded"))
      onOpenChange(false)
    } catch (error) {
      showError(error)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined} data-testid="aftersales-repair-part-drawer">
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.repairs.parts.addTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="repair-part">
                {t("aftersales.repairs.parts.part")}
              </Label>
              <Input
                size="small"
                type="search"
                placeholder={t("aftersales.repairs.parts.search")}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                data-testid="aftersales-repair-part-search"
              />
              <Select value={partId} onValueChange={setPartId}>
                <Select.Trigger id="repair-part" data-testid="aftersales-repair-part-select">
                  <Select.Value placeholder={t("aftersales.repairs.parts.selectPart")} />
                </Select.Trigger>
                <Select.Content>
                  {(parts.spare_parts ?? []).map((part) => (
                    <Select.Item key={part.id} value={part.id}>
                      {part.part_number} · {part.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="repair-part-quantity">
                  {t("aftersales.repairs.parts.quantity")}
                </Label>
                <Input
                  id="repair-part-quantity"
                  type="number"
                  min={1}
                  step={1}
                  value={quantity}
                  onChange={(e) => setQuantity(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="repair-part-location">
                  {t("aftersales.repairs.fields.location")}
                </Label>
                <Select value={locationId || NONE} onValueChange={(v) => setLocationId(v === NONE ? "" : v)}>
                  <Select.Trigger id="repair-part-location">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {repair.location_id && (
                      <Select.Item value={NONE}>{t("aftersales.repairs.parts.defaultLocation")}</Select.Item>
                    )}
                    {(stock_locations ?? []).map((location) => (
                      <Select.Item key={location.id} value={location.id}>
                        {location.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            </div>
            <div className="flex items-center gap-x-2">
              <Checkbox id="repair-part-covered" checked={covered} onCheckedChange={(value) => setCovered(value === true)} />
              <Label size="small" htmlFor="repair-part-covered">
                {t("aftersales.repairs.parts.coveredLabel")}
              </Label>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="repair-part-note">
                {`${t("aftersales.repairs.parts.note")} (${t("aftersales.common.optional")})`}
              </Label>
              <Input id="repair-part-note" value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" disabled={!valid} isLoading={add.isPending} data-testid="aftersales-repair-part-save">
              {t("aftersales.repairs.parts.add")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

const ReturnDrawer = ({
  line,
  onClose,
  onReturn,
  isPending,
}: {
  line: RepairPartLine | null
  onClose: () => void
  onReturn: (line: RepairPartLine, quantity: number) => void
  isPending: boolean
}) => {
  const { t } = useTranslation()
  const [quantity, setQuantity] = useState("1")
  const outstanding = line ? line.quantity_issued - line.quantity_returned : 0
  useEffect(() => setQuantity(String(outstanding || 1)), [line?.id, outstanding])
  const amount = Number(quantity)

  return (
    <Drawer open={!!line} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content aria-describedby={undefined} data-testid="aftersales-repair-part-return-drawer">
        <Drawer.Header>
          <Drawer.Title>{t("aftersales.repairs.parts.returnTitle", { part: line?.part_number ?? "" })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor="repair-part-return-quantity">
            {t("aftersales.repairs.parts.returnQuantity", { max: outstanding })}
          </Label>
          <Input
            id="repair-part-return-quantity"
            type="number"
            min={1}
            max={outstanding}
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
          />
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={onClose}>
            {t("aftersales.common.cancel")}
          </Button>
          <Button
            size="small"
            isLoading={isPending}
            disabled={!Number.isInteger(amount) || amount < 1 || amount > outstanding}
            onClick={() => line && onReturn(line, amount)}
          >
            {t("aftersales.repairs.parts.actions.return")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** Parts planned for and used in the repair; stock moves through the spare-parts ledger on the server. */
export const PartLinesSection = ({ repair, onReload }: { repair: RepairOrderDetail; onReload: () => void }) => {
  const { t } = useTranslation()
  const formatMoney = useFormatMoney()
  const { stock_locations } = useStockLocations()
  const [adding, setAdding] = useState(false)
  const [returning, setReturning] = useState<RepairPartLine | null>(null)
  const action = useRepairPartLineAction(repair.id)
  const showError = useRepairErrorToast(onReload)
  const lines = repair.part_lines ?? []
  const locationName = (id: string) => stock_locations?.find((location) => location.id === id)?.name ?? id

  const run = async (line: RepairPartLine, kind: PartLineAction, quantity?: number) => {
    try {
      await action.mutateAsync({ line_id: line.id, action: kind, quantity })
      toast.success(t(`aftersales.repairs.toasts.part_${kind}`, { part: line.part_number }))
      setReturning(null)
    } catch (error) {
      showError(error)
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-parts">
      <SectionHeader
        title={t("aftersales.repairs.parts.title")}
        actions={
          <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
            <Button size="small" variant="secondary" onClick={() => setAdding(true)} data-testid="aftersales-repair-part-add">
              <Plus />
              {t("aftersales.repairs.parts.add")}
            </Button>
          </PermissionGate>
        }
      />
      {lines.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.repairs.parts.empty")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.repairs.parts.part")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.fields.location")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.parts.quantities")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.parts.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.parts.unitCost")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.parts.unitPrice")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.repairs.parts.covered")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lines.map((line) => {
                const available = actionsFor(line)
                return (
                  <Table.Row key={line.id} data-testid="aftersales-repair-part-row" data-part={line.part_number}>
                    <Table.Cell>
                      <div className="flex flex-col">
                        <span className="font-mono txt-compact-small">{line.part_number}</span>
                        <span className="text-ui-fg-subtle txt-compact-xsmall">{line.name}</span>
                      </div>
                    </Table.Cell>
                    <Table.Cell>{locationName(line.location_id)}</Table.Cell>
                    <Table.Cell>
                      {t("aftersales.repairs.parts.quantityText", {
                        quantity: line.quantity,
                        issued: line.quantity_issued,
                        returned: line.quantity_returned,
                      })}
                    </Table.Cell>
                    <Table.Cell>
                      <PartLineStatusBadge status={line.status} />
                    </Table.Cell>
                    <Table.Cell>{formatMoney(line.unit_cost, repair.currency_code)}</Table.Cell>
                    <Table.Cell>{formatMoney(line.unit_price, repair.currency_code)}</Table.Cell>
                    <Table.Cell>{line.covered ? t("aftersales.repairs.yes") : t("aftersales.repairs.no")}</Table.Cell>
                    <Table.Cell className="text-right">
                      {available.length > 0 && (
                        <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
                          <DropdownMenu>
                            <DropdownMenu.Trigger asChild>
                              <IconButton size="small" variant="transparent" data-testid="aftersales-repair-part-menu">
                                <EllipsisHorizontal />
                              </IconButton>
                            </DropdownMenu.Trigger>
                            <DropdownMenu.Content>
                              {available.map((kind) => (
                                <DropdownMenu.Item
                                  key={kind}
                                  onClick={() => (kind === "return" ? setReturning(line) : run(line, kind))}
                                  data-testid="aftersales-repair-part-action"
                                  data-action={kind}
                                >
                                  {t(`aftersales.repairs.parts.actions.${kind}`)}
                                </DropdownMenu.Item>
                              ))}
                            </DropdownMenu.Content>
                          </DropdownMenu>
                        </PermissionGate>
                      )}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      <AddPartDrawer repair={repair} open={adding} onOpenChange={setAdding} />
      <ReturnDrawer
        line={returning}
        onClose={() => setReturning(null)}
        onReturn={(line, quantity) => run(line, "return", quantity)}
        isPending={action.isPending}
      />
    </Container>
  )
}
