import { Button, Drawer, Input, Label, RadioGroup, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  SPARE_PART_STATUSES,
  SparePart,
  SparePartPayload,
  SparePartStatus,
  useSaveSparePart,
  useSpareParts,
  useVariantSearch,
  VariantOption,
} from "../../../hooks/api/spare-parts"
import { getErrorMessage } from "../../../lib/errors"

const TEXT_FIELDS = ["part_number", "name", "model", "category", "unit_cost"] as const
type TextField = (typeof TEXT_FIELDS)[number]

/** Picks an existing host variant by SKU or title. */
const VariantPicker = ({
  value,
  onChange,
}: {
  value: VariantOption | null
  onChange: (variant: VariantOption | null) => void
}) => {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const { variants, isFetching } = useVariantSearch(q)
  if (value) {
    return (
      <div className="flex items-center justify-between rounded-md border px-3 py-2" data-testid="aftersales-part-variant-picked">
        <Text size="small">
          <span className="font-mono">{value.sku ?? "-"}</span> · {value.product?.title} · {value.title}
        </Text>
        <Button size="small" variant="transparent" type="button" onClick={() => onChange(null)}>
          {t("aftersales.spareParts.form.changeVariant")}
        </Button>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Input
        size="small"
        type="search"
        placeholder={t("aftersales.spareParts.form.variantSearch")}
        value={q}
        data-testid="aftersales-part-variant-search"
        onChange={(e) => setQ(e.target.value)}
      />
      {q.trim() && (
        <div className="flex flex-col divide-y rounded-md border">
          {(variants ?? []).map((variant) => (
            <button
              key={variant.id}
              type="button"
              className="txt-small hover:bg-ui-bg-base-hover px-3 py-2 text-left"
              onClick={() => onChange(variant)}
            >
              <span className="font-mono">{variant.sku ?? "-"}</span> · {variant.product?.title} · {variant.title}
            </button>
          ))}
          {!isFetching && !(variants ?? []).length && (
            <Text size="small" className="text-ui-fg-muted px-3 py-2">
              {t("aftersales.spareParts.form.noVariants")}
            </Text>
          )}
        </div>
      )}
    </div>
  )
}

/**
 * Creates a part (with a new host product, or linked to an existing variant), or edits the
 * master data, status and successor of `part`.
 */
export const SparePartFormDrawer = ({
  open,
  onOpenChange,
  part,
  onSaved,
  initialVariant,
  initialInventoryItem,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  part?: SparePart
  onSaved?: (part: SparePart) => void
  /** Pre-selects "link this variant" (the "make this a spare part" widget action). */
  initialVariant?: VariantOption
  /** Links this inventory item instead (the inventory item widget's action). */
  initialInventoryItem?: { id: string; sku: string | null; title: string | null }
}) => {
  const { t } = useTranslation()
  const save = useSaveSparePart(part?.id)
  const [values, setValues] = useState<Record<TextField, string>>({} as Record<TextField, string>)
  const [description, setDescription] = useState("")
  const [status, setStatus] = useState<SparePartStatus>("active")
  const [successor, setSuccessor] = useState("")
  const [hostMode, setHostMode] = useState<"create" | "link">("create")
  const [price, setPrice] = useState("")
  const [sku, setSku] = useState("")
  const [variant, setVariant] = useState<VariantOption | null>(null)
  const { spare_parts: successorMatches } = useSpareParts(
    { part_number: successor.trim(), fields: "id,part_number" },
    { enabled: open && !!part && !!successor.trim() }
  )

  useEffect(() => {
    if (open) {
      setValues({
        part_number: part?.part_number ?? initialVariant?.sku ?? initialInventoryItem?.sku ?? "",
        name: part?.name ?? initialVariant?.product?.title ?? initialInventoryItem?.title ?? "",
        model: part?.model ?? "",
        category: part?.category ?? "",
        unit_cost: part?.unit_cost === null || part?.unit_cost === undefined ? "" : String(part.unit_cost),
      })
      setDescription(part?.description ?? "")
      setStatus(part?.status ?? "active")
      setSuccessor("")
      setHostMode(initialVariant || initialInventoryItem ? "link" : "create")
      setVariant(initialVariant ?? null)
      setPrice("")
      setSku("")
    }
  }, [open, part, initialVariant, initialInventoryItem])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const payload: SparePartPayload = {
      part_number: values.part_number.trim(),
      name: values.name.trim(),
      model: values.model.trim() || null,
      category: values.category.trim() || null,
      unit_cost: values.unit_cost.trim() ? Number(values.unit_cost) : null,
      description: description.trim() || null,
    }
    if (part) {
      payload.status = status
      if (successor.trim()) {
        const match = successorMatches?.find((p) => p.part_number === successor.trim())
        if (!match) {
          toast.error(t("aftersales.spareParts.form.successorNotFound", { partNumber: successor.trim() }))
          return
        }
        payload.superseded_by_id = match.id
      }
    } else if (initialInventoryItem && !initialVariant) {
      payload.inventory_item_id = initialInventoryItem.id
    } else if (hostMode === "link") {
      if (!variant) {
        toast.error(t("aftersales.spareParts.form.pickVariant"))
        return
      }
      payload.variant_id = variant.id
    } else {
      payload.price = Number(price)
      if (sku.trim()) {
        payload.sku = sku.trim()
      }
    }
    try {
      const result = await save.mutateAsync(payload)
      toast.success(
        t(part ? "aftersales.spareParts.toasts.updated" : "aftersales.spareParts.toasts.created", {
          partNumber: result.spare_part.part_number,
        })
      )
      onOpenChange(false)
      onSaved?.(result.spare_part)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-spare-part-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {t(part ? "aftersales.spareParts.form.editTitle" : "aftersales.spareParts.form.createTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {TEXT_FIELDS.map((field) => (
              <div key={field} className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor={`aftersales-part-${field}`}>
                  {t(`aftersales.spareParts.fields.${field}`)}
                </Label>
                <Input
                  id={`aftersales-part-${field}`}
                  name={field}
                  size="small"
                  required={field === "part_number" || field === "name"}
                  type={field === "unit_cost" ? "number" : "text"}
                  step={field === "unit_cost" ? "0.01" : undefined}
                  min={field === "unit_cost" ? 0 : undefined}
                  value={values[field] ?? ""}
                  onChange={(e) => setValues((current) => ({ ...current, [field]: e.target.value }))}
                />
              </div>
            ))}
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-part-description">
                {t("aftersales.spareParts.fields.description")}
              </Label>
              <Textarea id="aftersales-part-description" value={description} onChange={(e) => setDescription(e.target.value)} />
            </div>
            {part ? (
              <>
                <div className="flex flex-col gap-y-2">
                  <Label size="small" weight="plus">
                    {t("aftersales.spareParts.fields.status")}
                  </Label>
                  <Select size="small" value={status} onValueChange={(value) => setStatus(value as SparePartStatus)}>
                    <Select.Trigger data-testid="aftersales-part-status-select">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {SPARE_PART_STATUSES.map((value) => (
                        <Select.Item key={value} value={value}>
                          {t(`aftersales.spareParts.statuses.${value}`)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </div>
                <div className="flex flex-col gap-y-2">
                  <Label size="small" weight="plus" htmlFor="aftersales-part-successor">
                    {t("aftersales.spareParts.form.successor")}
                  </Label>
                  <Input
                    id="aftersales-part-successor"
                    size="small"
                    placeholder={t("aftersales.spareParts.form.successorPlaceholder")}
                    value={successor}
                    onChange={(e) => setSuccessor(e.target.value)}
                  />
                </div>
              </>
            ) : initialInventoryItem && !initialVariant ? (
              <Text size="small" className="text-ui-fg-subtle border-t pt-4">
                {t("aftersales.spareParts.form.linkInventoryItem", {
                  item: initialInventoryItem.sku ?? initialInventoryItem.title ?? initialInventoryItem.id,
                })}
              </Text>
            ) : (
              <div className="flex flex-col gap-y-3 border-t pt-4">
                <Label size="small" weight="plus">
                  {t("aftersales.spareParts.form.hostTitle")}
                </Label>
                <RadioGroup value={hostMode} onValueChange={(value) => setHostMode(value as "create" | "link")}>
                  <div className="flex items-center gap-x-2">
                    <RadioGroup.Item value="create" id="aftersales-part-host-create" data-testid="aftersales-part-host-create" />
                    <Label size="small" htmlFor="aftersales-part-host-create">
                      {t("aftersales.spareParts.form.hostCreate")}
                    </Label>
                  </div>
                  <div className="flex items-center gap-x-2">
                    <RadioGroup.Item value="link" id="aftersales-part-host-link" data-testid="aftersales-part-host-link" />
                    <Label size="small" htmlFor="aftersales-part-host-link">
                      {t("aftersales.spareParts.form.hostLink")}
                    </Label>
                  </div>
                </RadioGroup>
                {hostMode === "create" ? (
                  <div className="grid grid-cols-2 gap-3">
                    <div className="flex flex-col gap-y-2">
                      <Label size="small" htmlFor="aftersales-part-price">
                        {t("aftersales.spareParts.form.price")}
                      </Label>
                      <Input
                        id="aftersales-part-price"
                        size="small"
                        type="number"
                        step="0.01"
                        min={0}
                        required
                        value={price}
                        onChange={(e) => setPrice(e.target.value)}
                      />
                    </div>
                    <div className="flex flex-col gap-y-2">
                      <Label size="small" htmlFor="aftersales-part-sku">
                        {t("aftersales.spareParts.form.sku")}
                      </Label>
                      <Input
                        id="aftersales-part-sku"
                        size="small"
                        placeholder={values.part_number}
                        value={sku}
                        onChange={(e) => setSku(e.target.value)}
                      />
                    </div>
                    <Text size="xsmall" className="text-ui-fg-muted col-span-2">
                      {t("aftersales.spareParts.form.hostCreateHint")}
                    </Text>
                  </div>
                ) : (
                  <VariantPicker value={variant} onChange={setVariant} />
                )}
              </div>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} data-testid="aftersales-spare-part-save">
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
