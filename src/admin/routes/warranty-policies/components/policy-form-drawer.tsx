import { Button, Drawer, Input, Label, Select, Switch, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  useSaveWarrantyPolicy,
  WARRANTY_COVERAGES,
  WARRANTY_KINDS,
  WARRANTY_START_BASES,
  WarrantyPolicy,
  WarrantyPolicyPayload,
} from "../../../hooks/api/warranties"
import { getErrorMessage } from "../../../lib/errors"
import { ScopePicker } from "./scope-picker"

const empty = (): WarrantyPolicyPayload => ({
  name: "",
  description: "",
  kind: "standard",
  duration_months: 24,
  coverage: "parts_and_labour",
  start_basis: "delivery_date",
  conditions: "",
  product_ids: [],
  collection_ids: [],
  type_ids: [],
  tag_ids: [],
  variant_ids: [],
  sale_variant_ids: [],
  is_default: false,
  is_active: true,
})

/** Create or edit a policy: terms, start rule and the products it applies to. */
export const PolicyFormDrawer = ({
  open,
  policy,
  onOpenChange,
}: {
  open: boolean
  policy: WarrantyPolicy | null
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const save = useSaveWarrantyPolicy()
  const [form, setForm] = useState<WarrantyPolicyPayload>(empty())
  useEffect(() => {
    if (open) {
      setForm(policy ? { ...empty(), ...policy } : empty())
    }
  }, [open, policy])
  const set = <K extends keyof WarrantyPolicyPayload>(key: K, value: WarrantyPolicyPayload[K]) =>
    setForm((current) => ({ ...current, [key]: value }))
  const extended = form.kind === "extended"

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const body: WarrantyPolicyPayload = {
      name: form.name?.trim(),
      description: form.description?.trim() || null,
      kind: form.kind,
      duration_months: Number(form.duration_months),
      coverage: form.coverage,
      start_basis: form.start_basis,
      conditions: form.conditions?.trim() || null,
      product_ids: extended ? [] : form.product_ids,
      collection_ids: extended ? [] : form.collection_ids,
      type_ids: extended ? [] : form.type_ids,
      tag_ids: extended ? [] : form.tag_ids,
      variant_ids: extended ? [] : form.variant_ids,
      sale_variant_ids: extended ? form.sale_variant_ids : [],
      is_default: extended ? false : form.is_default,
      is_active: form.is_active,
    }
    if (policy) {
      delete body.kind
    }
    try {
      await save.mutateAsync({ id: policy?.id, body })
      toast.success(t("aftersales.warrantyPolicies.saved"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-warranty-policy-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t(policy ? "aftersales.warrantyPolicies.edit" : "aftersales.warrantyPolicies.create")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">{t("aftersales.warrantyPolicies.fields.name")}</Label>
              <Input size="small" value={form.name ?? ""} onChange={(e) => set("name", e.target.value)} data-testid="aftersales-warranty-policy-name" />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">{t("aftersales.warrantyPolicies.fields.description")}</Label>
              <Textarea value={form.description ?? ""} onChange={(e) => set("description", e.target.value)} />
            </div>
            <div className="grid grid-cols-2 gap-4">
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">{t("aftersales.warrantyPolicies.fields.kind")}</Label>
                <Select value={form.kind} onValueChange={(v) => set("kind", v as any)} disabled={!!policy}>
                  <Select.Trigger><Select.Value /></Select.Trigger>
                  <Select.Content>
                    {WARRANTY_KINDS.map((kind) => (
                      <Select.Item key={kind} value={kind}>{t(`aftersales.warranties.kinds.${kind}`)}</Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">{t("aftersales.warrantyPolicies.fields.duration")}</Label>
                <Input size="small" type="number" min={1} value={String(form.duration_months ?? "")} onChange={(e) => set("duration_months", Number(e.target.value))} data-testid="aftersales-warranty-policy-duration" />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">{t("aftersales.warrantyPolicies.fields.coverage")}</Label>
                <Select value={form.coverage} onValueChange={(v) => set("coverage", v as any)}>
                  <Select.Trigger><Select.Value /></Select.Trigger>
                  <Select.Content>
                    {WARRANTY_COVERAGES.map((coverage) => (
                      <Select.Item key={coverage} value={coverage}>{t(`aftersales.warranties.coverages.${coverage}`)}</Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              {!extended && (
                <div className="flex flex-col gap-y-2">
                  <Label size="small" weight="plus">{t("aftersales.warrantyPolicies.fields.startBasis")}</Label>
                  <Select value={form.start_basis} onValueChange={(v) => set("start_basis", v as any)}>
                    <Select.Trigger><Select.Value /></Select.Trigger>
                    <Select.Content>
                      {WARRANTY_START_BASES.map((basis) => (
                        <Select.Item key={basis} value={basis}>{t(`aftersales.warrantyPolicies.startBases.${basis}`)}</Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </div>
              )}
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">{t("aftersales.warrantyPolicies.fields.conditions")}</Label>
              <Textarea value={form.conditions ?? ""} onChange={(e) => set("conditions", e.target.value)} />
            </div>
            <div className="flex items-center gap-x-6">
              {!extended && (
                <label className="flex items-center gap-x-2">
                  <Switch checked={!!form.is_default} onCheckedChange={(v) => set("is_default", v)} />
                  <Label size="small">{t("aftersales.warrantyPolicies.fields.isDefault")}</Label>
                </label>
              )}
              <label className="flex items-center gap-x-2">
                <Switch checked={!!form.is_active} onCheckedChange={(v) => set("is_active", v)} />
                <Label size="small">{t("aftersales.warrantyPolicies.fields.isActive")}</Label>
              </label>
            </div>
            {extended ? (
              <ScopePicker kind="variants" label={t("aftersales.warrantyPolicies.fields.saleVariants")} value={form.sale_variant_ids ?? []} onChange={(ids) => set("sale_variant_ids", ids)} testId="aftersales-warranty-policy-sale-variants" />
            ) : (
              <>
                <ScopePicker kind="products" label={t("aftersales.warrantyPolicies.fields.products")} value={form.product_ids ?? []} onChange={(ids) => set("product_ids", ids)} testId="aftersales-warranty-policy-products" />
                <ScopePicker kind="collections" label={t("aftersales.warrantyPolicies.fields.collections")} value={form.collection_ids ?? []} onChange={(ids) => set("collection_ids", ids)} testId="aftersales-warranty-policy-collections" />
                <ScopePicker kind="product-types" label={t("aftersales.warrantyPolicies.fields.types")} value={form.type_ids ?? []} onChange={(ids) => set("type_ids", ids)} testId="aftersales-warranty-policy-types" />
                <ScopePicker kind="product-tags" label={t("aftersales.warrantyPolicies.fields.tags")} value={form.tag_ids ?? []} onChange={(ids) => set("tag_ids", ids)} testId="aftersales-warranty-policy-tags" />
                <ScopePicker kind="variants" label={t("aftersales.warrantyPolicies.fields.variants")} value={form.variant_ids ?? []} onChange={(ids) => set("variant_ids", ids)} testId="aftersales-warranty-policy-variants" />
              </>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Button size="small" type="submit" isLoading={save.isPending} data-testid="aftersales-warranty-policy-save">
              {t("aftersales.warrantyPolicies.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
