import { Button, IconButton, Input, Textarea, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { useProductCategories } from "../../../hooks/api/assignment-rules"
import {
  Technician,
  useAddTechnicianCertification,
  useRecordTechnicianAssessment,
  useRecordTechnicianReview,
  useSetTechnicianSkills,
} from "../../../hooks/api/technicians"
import { getErrorMessage } from "../../../lib/errors"
import { Field, FormDrawer, OptionSelect } from "./shared"

const LEVELS = ["1", "2", "3", "4", "5"]
const NO_LEVEL = "__none__"

type DrawerProps = { open: boolean; onOpenChange: (open: boolean) => void; technician: Technician }

const useCategoryOptions = (enabled: boolean) => {
  const { product_categories } = useProductCategories({ enabled })
  return (product_categories ?? []).map((category) => ({ value: category.id, label: category.name }))
}

/** Edits the whole skill set: one row per product category with a level 1-5. */
export const SkillsDrawer = ({ open, onOpenChange, technician }: DrawerProps) => {
  const { t } = useTranslation()
  const save = useSetTechnicianSkills(technician.id)
  const categories = useCategoryOptions(open)
  const [rows, setRows] = useState<{ product_category_id: string; level: string }[]>([])

  useEffect(() => {
    if (open) {
      setRows(
        (technician.skills ?? []).map((skill) => ({
          product_category_id: skill.product_category_id,
          level: String(skill.level),
        }))
      )
    }
  }, [open, technician])

  const onSubmit = async () => {
    try {
      await save.mutateAsync(
        rows
          .filter((row) => row.product_category_id)
          .map((row) => ({ product_category_id: row.product_category_id, level: Number(row.level) }))
      )
      toast.success(t("aftersales.technicians.toasts.skillsSaved"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const update = (index: number, patch: Partial<{ product_category_id: string; level: string }>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("aftersales.technicians.skills.edit")}
      onSubmit={onSubmit}
      isSaving={save.isPending}
      testId="aftersales-technician-skills-drawer"
    >
      {rows.map((row, index) => (
        <div key={index} className="flex items-end gap-x-2" data-testid="aftersales-technician-skill-row">
          <div className="flex-1">
            <Field label={t("aftersales.technicians.skills.category")}>
              <OptionSelect
                value={row.product_category_id}
                onChange={(value) => update(index, { product_category_id: value })}
                placeholder={t("aftersales.technicians.skills.pickCategory")}
                options={categories.filter(
                  (option) =>
                    option.value === row.product_category_id ||
                    !rows.some((other) => other.product_category_id === option.value)
                )}
              />
            </Field>
          </div>
          <div className="w-[110px]">
            <Field label={t("aftersales.technicians.skills.level")}>
              <OptionSelect
                value={row.level}
                onChange={(value) => update(index, { level: value })}
                options={LEVELS.map((level) => ({ value: level, label: t("aftersales.technicians.skills.levelValue", { level }) }))}
              />
            </Field>
          </div>
          <IconButton
            type="button"
            variant="transparent"
            aria-label={t("aftersales.technicians.skills.remove")}
            onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          onClick={() => setRows((current) => [...current, { product_category_id: "", level: "1" }])}
          data-testid="aftersales-technician-skill-add"
        >
          {t("aftersales.technicians.skills.add")}
        </Button>
      </div>
    </FormDrawer>
  )
}

export const CertificationDrawer = ({ open, onOpenChange, technician }: DrawerProps) => {
  const { t } = useTranslation()
  const add = useAddTechnicianCertification(technician.id)
  const [values, setValues] = useState<Record<string, string>>({})
  useEffect(() => {
    if (open) {
      setValues({ name: "", issuer: "", reference: "", issued_at: "", expires_at: "" })
    }
  }, [open])
  const set = (field: string, value: string) => setValues((current) => ({ ...current, [field]: value }))

  const onSubmit = async () => {
    try {
      await add.mutateAsync({
        name: values.name.trim(),
        issuer: values.issuer.trim() || null,
        reference: values.reference.trim() || null,
        issued_at: values.issued_at || null,
        expires_at: values.expires_at || null,
      })
      toast.success(t("aftersales.technicians.toasts.certificationAdded"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("aftersales.technicians.certifications.add")}
      onSubmit={onSubmit}
      isSaving={add.isPending}
      testId="aftersales-technician-certification-drawer"
    >
      {(
        [
          ["name", "text", "name"],
          ["issuer", "text", "issuer"],
          ["reference", "text", "reference"],
          ["issued_at", "date", "issuedAt"],
          ["expires_at", "date", "expiresAt"],
        ] as const
      ).map(([field, type, label]) => (
        <Field key={field} label={t(`aftersales.technicians.certifications.${label}`)} htmlFor={`aftersales-certification-${field}`}>
          <Input
            id={`aftersales-certification-${field}`}
            size="small"
            type={type}
            required={field === "name"}
            value={values[field] ?? ""}
            onChange={(e) => set(field, e.target.value)}
          />
        </Field>
      ))}
    </FormDrawer>
  )
}

export const AssessmentDrawer = ({ open, onOpenChange, technician }: DrawerProps) => {
  const { t } = useTranslation()
  const record = useRecordTechnicianAssessment(technician.id)
  const categories = useCategoryOptions(open)
  const [category, setCategory] = useState("")
  const [score, setScore] = useState("")
  const [level, setLevel] = useState(NO_LEVEL)
  const [notes, setNotes] = useState("")
  useEffect(() => {
    if (open) {
      setCategory("")
      setScore("")
      setLevel(NO_LEVEL)
      setNotes("")
    }
  }, [open])

  const onSubmit = async () => {
    try {
      await record.mutateAsync({
        product_category_id: category || null,
        score: Number(score),
        level_awarded: level === NO_LEVEL ? null : Number(level),
        notes: notes.trim() || null,
      })
      toast.success(t("aftersales.technicians.toasts.assessmentRecorded"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("aftersales.technicians.assessments.add")}
      onSubmit={onSubmit}
      isSaving={record.isPending}
      testId="aftersales-technician-assessment-drawer"
    >
      <Field label={t("aftersales.technicians.assessments.category")}>
        <OptionSelect value={category} onChange={setCategory} options={categories} placeholder={t("aftersales.technicians.skills.pickCategory")} />
      </Field>
      <Field label={t("aftersales.technicians.assessments.score")} htmlFor="aftersales-assessment-score">
        <Input id="aftersales-assessment-score" size="small" type="number" min={0} max={100} required value={score} onChange={(e) => setScore(e.target.value)} />
      </Field>
      <Field label={t("aftersales.technicians.assessments.levelAwarded")}>
        <OptionSelect
          value={level}
          onChange={setLevel}
          options={[
            { value: NO_LEVEL, label: t("aftersales.technicians.assessments.noLevel") },
            ...LEVELS.map((value) => ({ value, label: t("aftersales.technicians.skills.levelValue", { level: value }) })),
          ]}
        />
      </Field>
      <Field label={t("aftersales.technicians.assessments.notes")} htmlFor="aftersales-assessment-notes">
        <Textarea id="aftersales-assessment-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

export const ReviewDrawer = ({ open, onOpenChange, technician }: DrawerProps) => {
  const { t } = useTranslation()
  const record = useRecordTechnicianReview(technician.id)
  const [values, setValues] = useState<Record<string, string>>({})
  useEffect(() => {
    if (open) {
      const end = new Date()
      const start = new Date(end.getTime() - 90 * 24 * 60 * 60 * 1000)
      setValues({ period_start: isoDay(start), period_end: isoDay(end), score: "3", notes: "" })
    }
  }, [open])
  const set = (field: string, value: string) => setValues((current) => ({ ...current, [field]: value }))

  const onSubmit = async () => {
    try {
      await record.mutateAsync({
        period_start: values.period_start,
        // the whole last day counts
        period_end: `${values.period_end}T23:59:59.999Z`,
        score: Number(values.score),
        notes: values.notes.trim() || null,
      })
      toast.success(t("aftersales.technicians.toasts.reviewRecorded"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={t("aftersales.technicians.reviews.add")}
      onSubmit={onSubmit}
      isSaving={record.isPending}
      testId="aftersales-technician-review-drawer"
    >
      <Field label={t("aftersales.technicians.reviews.periodStart")} htmlFor="aftersales-review-start">
        <Input id="aftersales-review-start" size="small" type="date" required value={values.period_start ?? ""} onChange={(e) => set("period_start", e.target.value)} />
      </Field>
      <Field label={t("aftersales.technicians.reviews.periodEnd")} htmlFor="aftersales-review-end">
        <Input id="aftersales-review-end" size="small" type="date" required value={values.period_end ?? ""} onChange={(e) => set("period_end", e.target.value)} />
      </Field>
      <Field label={t("aftersales.technicians.reviews.score")}>
        <OptionSelect value={values.score ?? "3"} onChange={(value) => set("score", value)} options={LEVELS.map((value) => ({ value, label: value }))} testId="aftersales-review-score" />
      </Field>
      <Field label={t("aftersales.technicians.reviews.notes")} htmlFor="aftersales-review-notes">
        <Textarea id="aftersales-review-notes" value={values.notes ?? ""} onChange={(e) => set("notes", e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
