import { Button, Drawer, Input, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { PurchaseOrder, useReceiveGoods } from "../../../hooks/api/procurement"
import { getErrorMessage } from "../../../lib/errors"

type Quantities = Record<string, { received: string; damaged: string }>

const outstanding = (line: PurchaseOrder["lines"][number]) =>
  Math.max(line.quantity - (line.received_quantity - line.damaged_quantity), 0)

/**
 * Records a delivery: per line the units that arrived and how many of them are damaged
 * (damaged units are not put into stock). Prefilled with what is still outstanding.
 */
export const ReceiveDrawer = ({
  order,
  open,
  onOpenChange,
}: {
  order: PurchaseOrder
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const receive = useReceiveGoods(order.id)
  const [quantities, setQuantities] = useState<Quantities>({})
  const [notes, setNotes] = useState("")

  useEffect(() => {
    if (open) {
      setNotes("")
      setQuantities(
        Object.fromEntries(
          order.lines.map((line) => [line.id, { received: String(outstanding(line)), damaged: "0" }])
        )
      )
    }
  }, [open, order])

  const set = (lineId: string, field: "received" | "damaged", value: string) =>
    setQuantities((current) => ({ ...current, [lineId]: { ...current[lineId], [field]: value } }))

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const lines = order.lines
      .map((line) => ({
        purchase_order_line_id: line.id,
        quantity_received: Number(quantities[line.id]?.received || 0),
        quantity_damaged: Number(quantities[line.id]?.damaged || 0),
      }))
      .filter((line) => line.quantity_received > 0)
    try {
      const { goods_receipt, purchase_order } = await receive.mutateAsync({ notes: notes.trim() || null, lines })
      toast.success(
        t("aftersales.procurement.toasts.received", {
          number: goods_receipt.number,
          status: t(`aftersales.procurement.orderStatuses.${purchase_order.status}`),
        })
      )
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-[760px]" data-testid="aftersales-receive-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.procurement.receive.title", { number: order.number })}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              {t("aftersales.procurement.receive.description")}
            </Text>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("aftersales.procurement.fields.part")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("aftersales.procurement.fields.outstanding")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("aftersales.procurement.fields.received")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("aftersales.procurement.fields.damaged")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {order.lines.map((line) => (
                  <Table.Row key={line.id} data-testid="aftersales-receive-line" data-part={line.part_number}>
                    <Table.Cell>
                      <span className="font-mono">{line.part_number}</span>
                    </Table.Cell>
                    <Table.Cell className="text-right">{outstanding(line)}</Table.Cell>
                    <Table.Cell>
                      <Input
                        size="small"
                        type="number"
                        min={0}
                        aria-label={t("aftersales.procurement.fields.received")}
                        value={quantities[line.id]?.received ?? "0"}
                        onChange={(e) => set(line.id, "received", e.target.value)}
                        data-testid="aftersales-receive-received"
                      />
                    </Table.Cell>
                    <Table.Cell>
                      <Input
                        size="small"
                        type="number"
                        min={0}
                        aria-label={t("aftersales.procurement.fields.damaged")}
                        value={quantities[line.id]?.damaged ?? "0"}
                        onChange={(e) => set(line.id, "damaged", e.target.value)}
                        data-testid="aftersales-receive-damaged"
                      />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-receive-notes">
                {t("aftersales.procurement.fields.notes")}{" "}
                <span className="text-ui-fg-muted font-normal">({t("aftersales.common.optional")})</span>
              </Label>
              <Textarea id="aftersales-receive-notes" maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={receive.isPending} data-testid="aftersales-receive-save">
              {t("aftersales.procurement.receive.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
