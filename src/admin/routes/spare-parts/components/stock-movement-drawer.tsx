import { Button, Drawer, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { useStockLocations } from "../../../hooks/api/spare-parts"
import {
  MANUAL_MOVEMENT_TYPES,
  ManualMovementType,
  useRecordStockMovement,
} from "../../../hooks/api/stock"
import { getErrorMessage } from "../../../lib/errors"

/** Records a receipt, issue, transfer or adjustment of one part (POST /admin/stock-movements). */
export const StockMovementDrawer = ({
  partId,
  open,
  onOpenChange,
  initialType = "receipt",
}: {
  partId: string
  open: boolean
  onOpenChange: (open: boolean) => void
  initialType?: ManualMovementType
}) => {
  const { t } = useTranslation()
  const record = useRecordStockMovement()
  const { stock_locations } = useStockLocations()
  const [type, setType] = useState<ManualMovementType>(initialType)
  const [locationId, setLocationId] = useState("")
  const [toLocationId, setToLocationId] = useState("")
  const [quantity, setQuantity] = useState("")
  const [reason, setReason] = useState("")
  const [repairOrderId, setRepairOrderId] = useState("")
  const [unitCost, setUnitCost] = useState("")

  useEffect(() => {
    if (open) {
      setType(initialType)
      setLocationId(stock_locations?.[0]?.id ?? "")
      setToLocationId("")
      setQuantity("")
      setReason("")
      setRepairOrderId("")
      setUnitCost("")
    }
  }, [open, initialType, stock_locations])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const amount = Number(quantity)
    if (!locationId || !quantity.trim() || !Number.isInteger(amount)) {
      toast.error(t("aftersales.stock.drawer.invalid"))
      return
    }
    try {
      await record.mutateAsync({
        type,
        part_id: partId,
        location_id: locationId,
        quantity: amount,
        ...(type === "transfer" ? { to_location_id: toLocationId || null } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(type === "issue" && repairOrderId.trim()
          ? { reference_type: "repair_order" as const, reference_id: repairOrderId.trim() }
          : {}),
        ...(type === "receipt" && unitCost.trim() ? { unit_cost: Number(unitCost) } : {}),
      })
      toast.success(t("aftersales.stock.drawer.recorded"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const locationSelect = (value: string, onChange: (value: string) => void, testId: string, exclude?: string) => (
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger data-testid={testId}>
        <Select.Value placeholder={t("aftersales.stock.drawer.pickLocation")} />
      </Select.Trigger>
      <Select.Content>
        {(stock_locations ?? [])
          .filter((location) => location.id !== exclude)
          .map((location) => (
            <Select.Item key={location.id} value={location.id}>
              {location.name}
            </Select.Item>
          ))}
      </Select.Content>
    </Select>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-stock-movement-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.stock.drawer.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.stock.drawer.type")}
              </Label>
              <Select size="small" value={type} onValueChange={(value) => setType(value as ManualMovementType)}>
                <Select.Trigger data-testid="aftersales-stock-movement-type">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {MANUAL_MOVEMENT_TYPES.map((value) => (
                    <Select.Item key={value} value={value}>
                      {t(`aftersales.stock.manualTypes.${value}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t(`aftersales.stock.drawer.hints.${type}`)}
              </Text>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t(type === "transfer" ? "aftersales.stock.drawer.fromLocation" : "aftersales.stock.drawer.location")}
              </Label>
              {locationSelect(locationId, setLocationId, "aftersales-stock-movement-location")}
            </div>
            {type === "transfer" && (
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">
                  {t("aftersales.stock.drawer.toLocation")}
                </Label>
                {locationSelect(toLocationId, setToLocationId, "aftersales-stock-movement-to-location", locationId)}
              </div>
            )}
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-stock-movement-quantity">
                {t("aftersales.stock.drawer.quantity")}
              </Label>
              <Input
                id="aftersales-stock-movement-quantity"
                data-testid="aftersales-stock-movement-quantity"
                type="number"
                step={1}
                min={type === "adjustment" ? undefined : 1}
                value={quantity}
                onChange={(event) => setQuantity(event.target.value)}
              />
            </div>
            {type === "issue" && (
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-stock-movement-repair">
                  {t("aftersales.stock.drawer.repairOrder")}{" "}
                  <span className="text-ui-fg-muted">({t("aftersales.common.optional")})</span>
                </Label>
                <Input
                  id="aftersales-stock-movement-repair"
                  value={repairOrderId}
                  onChange={(event) => setRepairOrderId(event.target.value)}
                />
              </div>
            )}
            {type === "receipt" && (
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-stock-movement-cost">
                  {t("aftersales.stock.drawer.unitCost")}{" "}
                  <span className="text-ui-fg-muted">({t("aftersales.common.optional")})</span>
                </Label>
                <Input
                  id="aftersales-stock-movement-cost"
                  type="number"
                  min={0}
                  step="0.01"
                  value={unitCost}
                  onChange={(event) => setUnitCost(event.target.value)}
                />
              </div>
            )}
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-stock-movement-reason">
                {t("aftersales.stock.drawer.reason")}{" "}
                {type !== "adjustment" && <span className="text-ui-fg-muted">({t("aftersales.common.optional")})</span>}
              </Label>
              <Textarea
                id="aftersales-stock-movement-reason"
                data-testid="aftersales-stock-movement-reason"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={record.isPending} data-testid="aftersales-stock-movement-submit">
              {t("aftersales.stock.drawer.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
