import { Button, Drawer, Input, Label, Select, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { useCreateManualWarranty, useWarrantyPolicies } from "../../../hooks/api/warranties"
import { getErrorMessage } from "../../../lib/errors"

const MATCH = "__match__"

/** Registers a unit sold outside the store: customer, product, serial, purchase date, policy. */
export const ManualRegistrationDrawer = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => {
  const { t } = useTranslation()
  const create = useCreateManualWarranty()
  const { warranty_policies } = useWarrantyPolicies({ kind: "standard", is_active: true, limit: 100 })
  const [form, setForm] = useState({ customer_email: "", customer_name: "", customer_id: "", product_title: "", sku: "", serial_number: "", purchased_at: "", policy: MATCH })
  useEffect(() => {
    if (open) {
      setForm({ customer_email: "", customer_name: "", customer_id: "", product_title: "", sku: "", serial_number: "", purchased_at: new Date().toISOString().slice(0, 10), policy: MATCH })
    }
  }, [open])
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }))

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if ((!form.customer_email.trim() && !form.customer_id.trim()) || (!form.product_title.trim() && !form.sku.trim()) || !form.purchased_at) {
      toast.error(t("aftersales.warranties.manual.incomplete"))
      return
    }
    try {
      await create.mutateAsync({
        customer_email: form.customer_email.trim() || null,
        customer_name: form.customer_name.trim() || null,
        customer_id: form.customer_id.trim() || null,
        product_title: form.product_title.trim() || null,
        sku: form.sku.trim() || null,
        serial_number: form.serial_number.trim() || null,
        purchased_at: new Date(`${form.purchased_at}T12:00:00Z`).toISOString(),
        policy_id: form.policy === MATCH ? null : form.policy,
      })
      toast.success(t("aftersales.warranties.manual.created"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const field = (key: keyof typeof form, label: string, type = "text") => (
    <div className="flex flex-col gap-y-2">
      <Label size="small" weight="plus">{label}</Label>
      <Input size="small" type={type} value={form[key]} onChange={(event) => set(key)(event.target.value)} data-testid={`aftersales-warranty-manual-${key}`} />
    </div>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-warranty-manual-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.warranties.manual.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {field("customer_email", t("aftersales.warranties.manual.customerEmail"), "email")}
            {field("customer_name", t("aftersales.warranties.manual.customerName"))}
            {field("customer_id", t("aftersales.warranties.manual.customerId"))}
            {field("product_title", t("aftersales.warranties.manual.productTitle"))}
            {field("sku", t("aftersales.warranties.manual.sku"))}
            {field("serial_number", t("aftersales.warranties.manual.serial"))}
            {field("purchased_at", t("aftersales.warranties.manual.purchasedAt"), "date")}
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">{t("aftersales.warranties.manual.policy")}</Label>
              <Select value={form.policy} onValueChange={set("policy")}>
                <Select.Trigger><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value={MATCH}>{t("aftersales.warranties.manual.matchingPolicy")}</Select.Item>
                  {(warranty_policies ?? []).map((policy) => (
                    <Select.Item key={policy.id} value={policy.id}>{policy.name}</Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Button size="small" type="submit" isLoading={create.isPending} data-testid="aftersales-warranty-manual-save">
              {t("aftersales.warranties.manual.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
