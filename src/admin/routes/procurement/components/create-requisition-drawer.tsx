import { Trash } from "@medusajs/icons"
import { Button, Drawer, IconButton, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import {
  RequisitionLinePayload,
  useCreatePurchaseRequisition,
  useSparePartSearch,
} from "../../../hooks/api/procurement"
import { getErrorMessage } from "../../../lib/errors"
import { useProcurementNames } from "./shared"

type LineDraft = { part_id: string; location_id: string; quantity: string }
const NO_SUPPLIER = "__none__"

const PartSelect = ({ value, onChange, index }: { value: string; onChange: (id: string) => void; index: number }) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const { spare_parts } = useSparePartSearch(search)
  return (
    <div className="flex flex-col gap-y-1">
      <Input
        size="small"
        placeholder={t("aftersales.procurement.create.searchPart")}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        data-testid={`aftersales-requisition-part-search-${index}`}
      />
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger data-testid={`aftersales-requisition-part-${index}`}>
          <Select.Value placeholder={t("aftersales.procurement.create.choosePart")} />
        </Select.Trigger>
        <Select.Content>
          {(spare_parts ?? []).map((part) => (
            <Select.Item key={part.id} value={part.id}>
              {part.part_number} · {part.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

/** A new draft requisition: optional supplier suggestion, reason and one or more lines. */
export const CreateRequisitionDrawer = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { supplierList, locationList } = useProcurementNames()
  const create = useCreatePurchaseRequisition()
  const [reason, setReason] = useState("")
  const [supplierId, setSupplierId] = useState(NO_SUPPLIER)
  const [lines, setLines] = useState<LineDraft[]>([])

  useEffect(() => {
    if (open) {
      setReason("")
      setSupplierId(NO_SUPPLIER)
      setLines([{ part_id: "", location_id: locationList[0]?.id ?? "", quantity: "1" }])
    }
  }, [open, locationList])

  const update = (index: number, patch: Partial<LineDraft>) =>
    setLines((current) => current.map((line, i) => (i === index ? { ...line, ...patch } : line)))

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const payload: RequisitionLinePayload[] = lines.map((line) => ({
      part_id: line.part_id,
      location_id: line.location_id,
      quantity: Number(line.quantity),
    }))
    if (payload.some((line) => !line.part_id || !line.location_id || !(line.quantity > 0))) {
      toast.error(t("aftersales.procurement.create.incompleteLines"))
      return
    }
    try {
      const { purchase_requisition } = await create.mutateAsync({
        reason: reason.trim() || null,
        supplier_id: supplierId === NO_SUPPLIER ? null : supplierId,
        lines: payload,
      })
      toast.success(t("aftersales.procurement.toasts.requisitionCreated", { number: purchase_requisition.number }))
      onOpenChange(false)
      navigate(`/procurement/requisitions/${purchase_requisition.id}`)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-[720px]" data-testid="aftersales-requisition-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.procurement.create.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.procurement.fields.supplier")}{" "}
                <span className="text-ui-fg-muted font-normal">({t("aftersales.common.optional")})</span>
              </Label>
              <Select value={supplierId} onValueChange={setSupplierId}>
                <Select.Trigger>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NO_SUPPLIER}>{t("aftersales.procurement.create.bestOffer")}</Select.Item>
                  {supplierList
                    .filter((supplier) => supplier.is_active)
                    .map((supplier) => (
                      <Select.Item key={supplier.id} value={supplier.id}>
                        {supplier.name}
                      </Select.Item>
                    ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-requisition-reason">
                {t("aftersales.procurement.fields.reason")}
              </Label>
              <Textarea
                id="aftersales-requisition-reason"
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <Text size="small" weight="plus">
              {t("aftersales.procurement.fields.lines")}
            </Text>
            {lines.map((line, index) => (
              <div key={index} className="grid grid-cols-[1fr_180px_90px_32px] items-end gap-2" data-testid="aftersales-requisition-line">
                <PartSelect index={index} value={line.part_id} onChange={(part_id) => update(index, { part_id })} />
                <Select value={line.location_id} onValueChange={(location_id) => update(index, { location_id })}>
                  <Select.Trigger>
                    <Select.Value placeholder={t("aftersales.procurement.fields.location")} />
                  </Select.Trigger>
                  <Select.Content>
                    {locationList.map((location) => (
                      <Select.Item key={location.id} value={location.id}>
                        {location.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
                <Input
                  size="small"
                  type="number"
                  min={1}
                  aria-label={t("aftersales.procurement.fields.quantity")}
                  value={line.quantity}
                  onChange={(e) => update(index, { quantity: e.target.value })}
                  data-testid={`aftersales-requisition-quantity-${index}`}
                />
                <IconButton
                  size="small"
                  variant="transparent"
                  type="button"
                  disabled={lines.length === 1}
                  aria-label={t("aftersales.common.delete")}
                  onClick={() => setLines((current) => current.filter((_, i) => i !== index))}
                >
                  <Trash />
                </IconButton>
              </div>
            ))}
            <div>
              <Button
                size="small"
                variant="secondary"
                type="button"
                onClick={() => setLines((current) => [...current, { part_id: "", location_id: locationList[0]?.id ?? "", quantity: "1" }])}
              >
                {t("aftersales.procurement.create.addLine")}
              </Button>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending} data-testid="aftersales-requisition-save">
              {t("aftersales.procurement.create.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
