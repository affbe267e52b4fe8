import { Plus } from "@medusajs/icons"
import {
  Badge,
  Button,
  Checkbox,
  Container,
  Drawer,
  Input,
  Label,
  Select,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { EditRemoveMenu } from "../../../../components/edit-remove-menu"
import { PermissionGate } from "../../../../components/permission-gate"
import { SectionHeader } from "../../../../components/states"
import {
  PartSupplierOffer,
  PartSupplierPayload,
  SparePart,
  useDeletePartSupplier,
  useSavePartSupplier,
  useSupplierOptions,
} from "../../../../hooks/api/spare-parts"
import { getErrorMessage } from "../../../../lib/errors"

const NUMBER_FIELDS = ["unit_price", "lead_time_days", "min_order_quantity", "pack_size"] as const
type NumberField = (typeof NUMBER_FIELDS)[number]

const OfferDrawer = ({
  part,
  offer,
  open,
  onOpenChange,
}: {
  part: SparePart
  offer?: PartSupplierOffer
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const save = useSavePartSupplier(part.id, offer?.id)
  const { suppliers } = useSupplierOptions(open && !offer)
  const [supplierId, setSupplierId] = useState("")
  const [supplierPartNumber, setSupplierPartNumber] = useState("")
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({} as Record<NumberField, string>)
  const [preferred, setPreferred] = useState(false)

  useEffect(() => {
    if (open) {
      setSupplierId(offer?.supplier_id ?? "")
      setSupplierPartNumber(offer?.supplier_part_number ?? "")
      setNumbers({
        unit_price: offer ? String(offer.unit_price) : "",
        lead_time_days: offer?.lead_time_days === null || offer?.lead_time_days === undefined ? "" : String(offer.lead_time_days),
        min_order_quantity: String(offer?.min_order_quantity ?? 1),
        pack_size: String(offer?.pack_size ?? 1),
      })
      setPreferred(offer?.is_preferred ?? !(part.suppliers ?? []).length)
    }
  }, [open, offer, part.suppliers])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const payload: PartSupplierPayload = {
      supplier_part_number: supplierPartNumber.trim() || null,
      unit_price: Number(numbers.unit_price),
      lead_time_days: numbers.lead_time_days.trim() ? Number(numbers.lead_time_days) : null,
      min_order_quantity: Number(numbers.min_order_quantity || 1),
      pack_size: Number(numbers.pack_size || 1),
      is_preferred: preferred,
    }
    if (!offer) {
      if (!supplierId) {
        toast.error(t("aftersales.spareParts.offers.pickSupplier"))
        return
      }
      payload.supplier_id = supplierId
    }
    try {
      await save.mutateAsync(payload)
      toast.success(t("aftersales.spareParts.offers.saved"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-part-offer-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {offer
                ? t("aftersales.spareParts.offers.editTitle", { supplier: offer.supplier?.name ?? "" })
                : t("aftersales.spareParts.offers.addTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {!offer && (
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">
                  {t("aftersales.spareParts.offers.supplier")}
                </Label>
                <Select size="small" value={supplierId} onValueChange={setSupplierId}>
                  <Select.Trigger data-testid="aftersales-part-offer-supplier">
                    <Select.Value placeholder={t("aftersales.spareParts.offers.pickSupplier")} />
                  </Select.Trigger>
                  <Select.Content>
                    {(suppliers ?? []).map((supplier) => (
                      <Select.Item key={supplier.id} value={supplier.id}>
                        {supplier.code} · {supplier.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            )}
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-offer-supplier-part-number">
                {t("aftersales.spareParts.offers.fields.supplier_part_number")}
              </Label>
              <Input
                id="aftersales-offer-supplier-part-number"
                size="small"
                value={supplierPartNumber}
                onChange={(e) => setSupplierPartNumber(e.target.value)}
              />
            </div>
            {NUMBER_FIELDS.map((field) => (
              <div key={field} className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor={`aftersales-offer-${field}`}>
                  {t(`aftersales.spareParts.offers.fields.${field}`)}
                </Label>
                <Input
                  id={`aftersales-offer-${field}`}
                  size="small"
                  type="number"
                  step={field === "unit_price" ? "0.01" : "1"}
                  min={field === "min_order_quantity" || field === "pack_size" ? 1 : 0}
                  required={field === "unit_price"}
                  value={numbers[field] ?? ""}
                  onChange={(e) => setNumbers((current) => ({ ...current, [field]: e.target.value }))}
                />
              </div>
            ))}
            <div className="flex items-center gap-x-2">
              <Checkbox id="aftersales-offer-preferred" checked={preferred} onCheckedChange={(value) => setPreferred(value === true)} />
              <Label size="small" htmlFor="aftersales-offer-preferred">
                {t("aftersales.spareParts.offers.preferredHint")}
              </Label>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} data-testid="aftersales-part-offer-save">
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** What each supplier offers for the part; the preferred one is used for requisitions. */
export const PartSuppliersSection = ({ part }: { part: SparePart }) => {
  const { t, i18n } = useTranslation()
  const remove = useDeletePartSupplier(part.id)
  const [editing, setEditing] = useState<PartSupplierOffer | "new" | null>(null)
  const offers = part.suppliers ?? []
  const money = (amount: number, currency: string) =>
    new Intl.NumberFormat(i18n.language, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))

  const onRemove = async (offer: PartSupplierOffer) => {
    try {
      await remove.mutateAsync(offer.id)
      toast.success(t("aftersales.spareParts.offers.removed"))
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-suppliers">
      <SectionHeader
        title={t("aftersales.spareParts.offers.title")}
        description={t("aftersales.spareParts.offers.description")}
        actions={
          <PermissionGate permission="spare_parts:write">
            <Button size="small" variant="secondary" onClick={() => setEditing("new")} data-testid="aftersales-part-offer-add">
              <Plus />
              {t("aftersales.spareParts.offers.add")}
            </Button>
          </PermissionGate>
        }
      />
      {offers.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.spareParts.offers.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("aftersales.spareParts.offers.supplier")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.offers.fields.supplier_part_number")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.offers.fields.unit_price")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.offers.fields.lead_time_days")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.offers.fields.min_order_quantity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.offers.fields.pack_size")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {offers.map((offer) => (
              <Table.Row key={offer.id} data-testid="aftersales-part-offer-row">
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <Link to={`/suppliers/${offer.supplier_id}`} className="text-ui-fg-interactive hover:underline">
                      {offer.supplier?.name ?? offer.supplier_id}
                    </Link>
                    {offer.is_preferred && (
                      <Badge size="2xsmall" color="blue">
                        {t("aftersales.spareParts.offers.preferred")}
                      </Badge>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell className="font-mono">{offer.supplier_part_number ?? "-"}</Table.Cell>
                <Table.Cell>{money(offer.unit_price, offer.currency_code)}</Table.Cell>
                <Table.Cell>
                  {t("aftersales.spareParts.offers.days", {
                    count: offer.lead_time_days ?? offer.supplier?.lead_time_days ?? 0,
                  })}
                </Table.Cell>
                <Table.Cell>{offer.min_order_quantity}</Table.Cell>
                <Table.Cell>{offer.pack_size}</Table.Cell>
                <Table.Cell className="text-right">
                  <EditRemoveMenu
                    permission="spare_parts:write"
                    onEdit={() => setEditing(offer)}
                    onRemove={() => onRemove(offer)}
                    removeLabel={t("aftersales.spareParts.offers.remove")}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <OfferDrawer
        part={part}
        offer={editing && editing !== "new" ? editing : undefined}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      />
    </Container>
  )
}
