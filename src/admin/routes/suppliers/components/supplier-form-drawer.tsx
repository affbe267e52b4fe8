import { Button, Drawer, Input, Label, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { Supplier, SupplierPayload, useSaveSupplier } from "../../../hooks/api/procurement"
import { getErrorMessage } from "../../../lib/errors"

const FIELDS = ["code", "name", "contact_name", "email", "phone", "currency_code", "payment_terms", "lead_time_days"] as const
type Field = (typeof FIELDS)[number]

/** Creates a supplier, or edits one when `supplier` is given. */
export const SupplierFormDrawer = ({
  open,
  onOpenChange,
  supplier,
  onSaved,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  supplier?: Supplier
  onSaved?: (supplier: Supplier) => void
}) => {
  const { t } = useTranslation()
  const save = useSaveSupplier(supplier?.id)
  const [values, setValues] = useState<Record<Field, string>>({} as Record<Field, string>)
  const [notes, setNotes] = useState("")

  useEffect(() => {
    if (open) {
      setValues({
        code: supplier?.code ?? "",
        name: supplier?.name ?? "",
        contact_name: supplier?.contact_name ?? "",
        email: supplier?.email ?? "",
        phone: supplier?.phone ?? "",
        currency_code: supplier?.currency_code ?? "eur",
        payment_terms: supplier?.payment_terms ?? "",
        lead_time_days: String(supplier?.lead_time_days ?? 7),
      })
      setNotes(supplier?.notes ?? "")
    }
  }, [open, supplier])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const payload: SupplierPayload = {
      code: values.code.trim(),
      name: values.name.trim(),
      contact_name: values.contact_name.trim() || null,
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      currency_code: values.currency_code.trim(),
      payment_terms: values.payment_terms.trim() || null,
      lead_time_days: Number(values.lead_time_days || 0),
      notes: notes.trim() || null,
    }
    try {
      const result = await save.mutateAsync(payload)
      toast.success(t(supplier ? "aftersales.procurement.suppliers.toasts.updated" : "aftersales.procurement.suppliers.toasts.created", { name: result.supplier.name }))
      onOpenChange(false)
      onSaved?.(result.supplier)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-supplier-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t(supplier ? "aftersales.procurement.suppliers.form.editTitle" : "aftersales.procurement.suppliers.form.createTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {FIELDS.map((field) => (
              <div key={field} className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor={`aftersales-supplier-${field}`}>
                  {t(`aftersales.procurement.suppliers.fields.${field}`)}
                </Label>
                <Input
                  id={`aftersales-supplier-${field}`}
                  name={field}
                  size="small"
                  required={field === "code" || field === "name"}
                  type={field === "lead_time_days" ? "number" : field === "email" ? "email" : "text"}
                  min={field === "lead_time_days" ? 0 : undefined}
                  value={values[field] ?? ""}
                  onChange={(e) => setValues((current) => ({ ...current, [field]: e.target.value }))}
                />
              </div>
            ))}
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-supplier-notes">
                {t("aftersales.procurement.suppliers.fields.notes")}
              </Label>
              <Textarea id="aftersales-supplier-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} data-testid="aftersales-supplier-save">
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
