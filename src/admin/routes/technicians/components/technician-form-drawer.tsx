import { Input, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { useStockLocations } from "../../../hooks/api/procurement"
import { Technician, TechnicianPayload, useSaveTechnician } from "../../../hooks/api/technicians"
import { useAdminUsers } from "../../../hooks/api/users"
import { getErrorMessage } from "../../../lib/errors"
import { Field, FormDrawer, OptionSelect } from "./shared"

const NONE = "__none__"
const TEXT_FIELDS = ["name", "email", "phone"] as const
const NUMBER_FIELDS = ["hourly_rate", "capacity", "experience_years"] as const

/** Creates a technician, or edits one when `technician` is given (incl. the linked admin user). */
export const TechnicianFormDrawer = ({
  open,
  onOpenChange,
  technician,
  onSaved,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  technician?: Technician
  onSaved?: (technician: Technician) => void
}) => {
  const { t } = useTranslation()
  const save = useSaveTechnician(technician?.id)
  const { users } = useAdminUsers({ enabled: open })
  const { stock_locations } = useStockLocations()
  const [values, setValues] = useState<Record<string, string>>({})

  useEffect(() => {
    if (open) {
      setValues({
        name: technician?.name ?? "",
        email: technician?.email ?? "",
        phone: technician?.phone ?? "",
        hourly_rate: String(technician?.hourly_rate ?? 0),
        capacity: String(technician?.capacity ?? 5),
        experience_years: String(technician?.experience_years ?? 0),
        user_id: technician?.user_id ?? NONE,
        location_id: technician?.location_id ?? NONE,
        notes: technician?.notes ?? "",
      })
    }
  }, [open, technician])

  const set = (field: string, value: string) => setValues((current) => ({ ...current, [field]: value }))

  const onSubmit = async () => {
    const userId = values.user_id === NONE ? null : values.user_id
    const payload: TechnicianPayload = {
      name: values.name.trim(),
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      hourly_rate: Number(values.hourly_rate || 0),
      capacity: Number(values.capacity || 0),
      experience_years: Number(values.experience_years || 0),
      location_id: values.location_id === NONE ? null : values.location_id,
      notes: values.notes.trim() || null,
    }
    // Only send the user link when it changes: linking needs technicians:configure.
    if ((technician?.user_id ?? null) !== userId) {
      payload.user_id = userId
    }
    try {
      const result = await save.mutateAsync(payload)
      toast.success(
        t(technician ? "aftersales.technicians.toasts.updated" : "aftersales.technicians.toasts.created", {
          name: result.technician.name,
        })
      )
      onOpenChange(false)
      onSaved?.(result.technician)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const userLabel = (user: { email: string; first_name: string | null; last_name: string | null }) =>
    [user.first_name, user.last_name].filter(Boolean).join(" ") ? `${[user.first_name, user.last_name].filter(Boolean).join(" ")} · ${user.email}` : user.email

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t(technician ? "aftersales.technicians.form.editTitle" : "aftersales.technicians.form.createTitle")}
      onSubmit={onSubmit}
      isSaving={save.isPending}
      testId="aftersales-technician-drawer"
    >
      {TEXT_FIELDS.map((field) => (
        <Field key={field} label={t(`aftersales.technicians.fields.${field}`)} htmlFor={`aftersales-technician-${field}`}>
          <Input
            id={`aftersales-technician-${field}`}
            name={field}
            size="small"
            required={field === "name"}
            type={field === "email" ? "email" : "text"}
            value={values[field] ?? ""}
            onChange={(e) => set(field, e.target.value)}
          />
        </Field>
      ))}
      <Field label={t("aftersales.technicians.fields.user")}>
        <OptionSelect
          value={values.user_id ?? NONE}
          onChange={(value) => set("user_id", value)}
          testId="aftersales-technician-user"
          options={[
            { value: NONE, label: t("aftersales.technicians.fields.noUser") },
            ...(users ?? []).map((user) => ({ value: user.id, label: userLabel(user) })),
          ]}
        />
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("aftersales.technicians.form.userHint")}
        </Text>
      </Field>
      <Field label={t("aftersales.technicians.fields.location")}>
        <OptionSelect
          value={values.location_id ?? NONE}
          onChange={(value) => set("location_id", value)}
          options={[
            { value: NONE, label: t("aftersales.technicians.fields.noLocation") },
            ...(stock_locations ?? []).map((location) => ({ value: location.id, label: location.name })),
          ]}
        />
      </Field>
      {NUMBER_FIELDS.map((field) => (
        <Field key={field} label={t(`aftersales.technicians.fields.${field}`)} htmlFor={`aftersales-technician-${field}`}>
          <Input
            id={`aftersales-technician-${field}`}
            name={field}
            size="small"
            type="number"
            min={0}
            step={field === "hourly_rate" ? "0.01" : "1"}
            value={values[field] ?? ""}
            onChange={(e) => set(field, e.target.value)}
          />
        </Field>
      ))}
      <Field label={t("aftersales.technicians.fields.notes")} htmlFor="aftersales-technician-notes">
        <Textarea id="aftersales-technician-notes" value={values.notes ?? ""} onChange={(e) => set("notes", e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
