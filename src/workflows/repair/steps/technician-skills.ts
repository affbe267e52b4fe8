import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"

export type SkillInput = { product_category_id: string; level: number }

type SkillRow = { id: string; product_category_id: string; category_name: string | null; level: number }

/** Host product category names by id; unknown ids are a 400. */
export async function resolveCategoryNames(
  container: MedusaContainer,
  ids: string[]
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id", "name"],
    filters: { id: unique },
  })
  const names = new Map<string, string>(data.map((row: any) => [row.id, row.name]))
  const missing = unique.filter((id) => !names.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Product categories not found: ${missing.join(", ")}.`
    )
  }
  return names
}

async function currentSkills(repair: RepairModuleService, technicianId: string): Promise<SkillRow[]> {
  return (await repair.listTechnicianSkills(
    { technician_id: technicianId },
    { select: ["id", "product_category_id", "category_name", "level"] }
  )) as unknown as SkillRow[]
}

type SkillChanges = {
  technician_id: string
  created: string[]
  updated: { id: string; level: number; category_name: string | null }[]
  deleted: { product_category_id: string; category_name: string | null; level: number }[]
}

async function undoSkillChanges(repair: RepairModuleService, changes: SkillChanges) {
  if (changes.created.length) {
    await repair.deleteTechnicianSkills(changes.created)
  }
  if (changes.updated.length) {
    await repair.updateTechnicianSkills(changes.updated as any)
  }
  if (changes.deleted.length) {
    await repair.createTechnicianSkills(
      changes.deleted.map((skill) => ({ ...skill, technician_id: changes.technician_id })) as any
    )
  }
}

/**
 * Upserts skills on a technician. `replace: true` makes the given list the whole set (skills
 * not listed are removed). The compensation restores the previous set.
 */
async function applySkills(
  container: MedusaContainer,
  technicianId: string,
  skills: SkillInput[],
  replace: boolean
) {
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  await repair.retrieveTechnician(technicianId, { select: ["id"] })
  const seen = new Set<string>()
  for (const skill of skills) {
    if (seen.has(skill.product_category_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Product category ${skill.product_category_id} is listed twice.`
      )
    }
    seen.add(skill.product_category_id)
  }
  const names = await resolveCategoryNames(
    container,
    skills.map((skill) => skill.product_category_id)
  )
  const existing = await currentSkills(repair, technicianId)
  const byCategory = new Map(existing.map((skill) => [skill.product_category_id, skill]))
  const changes: SkillChanges = { technician_id: technicianId, created: [], updated: [], deleted: [] }

  const toUpdate = skills.filter((skill) => byCategory.has(skill.product_category_id))
  const toCreate = skills.filter((skill) => !byCategory.has(skill.product_category_id))
  const toDelete = replace ? existing.filter((skill) => !seen.has(skill.product_category_id)) : []

  if (toDelete.length) {
    await repair.deleteTechnicianSkills(toDelete.map((skill) => skill.id))
    changes.deleted = toDelete.map((skill) => ({
      product_category_id: skill.product_category_id,
      category_name: skill.category_name,
      level: skill.level,
    }))
  }
  if (toUpdate.length) {
    const rows = toUpdate.map((skill) => byCategory.get(skill.product_category_id) as SkillRow)
    await repair.updateTechnicianSkills(
      toUpdate.map((skill, index) => ({
        id: rows[index].id,
        level: skill.level,
        category_name: names.get(skill.product_category_id) ?? rows[index].category_name,
      })) as any
    )
    changes.updated = rows.map((row) => ({ id: row.id, level: row.level, category_name: row.category_name }))
  }
  if (toCreate.length) {
    const created = await repair.createTechnicianSkills(
      toCreate.map((skill) => ({
        technician_id: technicianId,
        product_category_id: skill.product_category_id,
        category_name: names.get(skill.product_category_id) ?? null,
        level: skill.level,
      })) as any
    )
    changes.created = (created as unknown as any[]).map((skill) => skill.id)
  }
  return { before: existing, after: await currentSkills(repair, technicianId), changes }
}

export const setTechnicianSkillsStep = createStep(
  "set-technician-skills",
  async (input: { technician_id: string; skills: SkillInput[]; replace: boolean }, { container }) => {
    const result = await applySkills(container, input.technician_id, input.skills, input.replace)
    return new StepResponse({ before: result.before, after: result.after }, result.changes)
  },
  async (changes, { container }) => {
    if (!changes) {
      return
    }
    await undoSkillChanges(container.resolve(REPAIR_MODULE), changes)
  }
)

export type CertificationInput = {
  name: string
  issuer?: string | null
  reference?: string | null
  issued_at?: Date | string | null
  expires_at?: Date | string | null
}

export const addTechnicianCertificationStep = createStep(
  "add-technician-certification",
  async (input: { technician_id: string; certification: CertificationInput }, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.retrieveTechnician(input.technician_id, { select: ["id"] })
    const { issued_at, expires_at } = input.certification
    if (issued_at && expires_at && new Date(expires_at) < new Date(issued_at)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A certification cannot expire before it was issued."
      )
    }
    const certification = await repair.createTechnicianCertifications({
      ...input.certification,
      technician_id: input.technician_id,
    } as any)
    return new StepResponse(certification, certification.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteTechnicianCertifications(id)
  }
)

export const removeTechnicianCertificationStep = createStep(
  "remove-technician-certification",
  async (input: { technician_id: string; certification_id: string }, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const [certification] = await repair.listTechnicianCertifications({
      id: input.certification_id,
      technician_id: input.technician_id,
    })
    if (!certification) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Certification ${input.certification_id} was not found on technician ${input.technician_id}.`
      )
    }
    await repair.softDeleteTechnicianCertifications([certification.id])
    return new StepResponse(certification, certification.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.restoreTechnicianCertifications([id])
  }
)

export type AssessmentInput = {
  technician_id: string
  product_category_id?: string | null
  score: number
  level_awarded?: number | null
  assessed_by: string | null
  assessed_at?: Date | string | null
  notes?: string | null
}

/**
 * Records a skill assessment. When it awards a level, the technician's skill for that category
 * is set to it (created if missing). The compensation removes the assessment and restores the skill.
 */
export const recordTechnicianAssessmentStep = createStep(
  "record-technician-assessment",
  async (input: AssessmentInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.retrieveTechnician(input.technician_id, { select: ["id"] })
    if (input.level_awarded && !input.product_category_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An assessment that awards a level needs the product_category_id it applies to."
      )
    }
    const names = await resolveCategoryNames(
      container,
      input.product_category_id ? [input.product_category_id] : []
    )
    let changes: SkillChanges | null = null
    let skillBefore: SkillRow | null = null
    let skillAfter: SkillRow | null = null
    if (input.level_awarded && input.product_category_id) {
      const applied = await applySkills(
        container,
        input.technician_id,
        [{ product_category_id: input.product_category_id, level: input.level_awarded }],
        false
      )
      changes = applied.changes
      skillBefore =
        applied.before.find((skill) => skill.product_category_id === input.product_category_id) ?? null
      skillAfter =
        applied.after.find((skill) => skill.product_category_id === input.product_category_id) ?? null
    }
    const assessment = await repair.createTechnicianAssessments({
      technician_id: input.technician_id,
      product_category_id: input.product_category_id ?? null,
      category_name: input.product_category_id ? names.get(input.product_category_id) ?? null : null,
      score: input.score,
      level_awarded: input.level_awarded ?? null,
      assessed_by: input.assessed_by,
      assessed_at: input.assessed_at ? new Date(input.assessed_at) : new Date(),
      notes: input.notes ?? null,
    } as any)
    return new StepResponse(
      { assessment, skill_before: skillBefore, skill_after: skillAfter },
      { assessment_id: assessment.id, changes }
    )
  },
  async (data, { container }) => {
    if (!data) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteTechnicianAssessments(data.assessment_id)
    if (data.changes) {
      await undoSkillChanges(repair, data.changes)
    }
  }
)

export type ReviewInput = {
  technician_id: string
  period_start: Date | string
  period_end: Date | string
  score: number
  reviewer_id: string | null
  notes?: string | null
  figures: Record<string, unknown> | null
}

export const recordTechnicianReviewStep = createStep(
  "record-technician-review",
  async (input: ReviewInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const technician = await repair.retrieveTechnician(input.technician_id, {
      select: ["id", "user_id"],
    })
    if (new Date(input.period_end) < new Date(input.period_start)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "period_end must not be before period_start.")
    }
    if (input.reviewer_id && technician.user_id && technician.user_id === input.reviewer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Technicians cannot review their own performance; another person must write the review."
      )
    }
    const review = await repair.createTechnicianReviews({
      technician_id: input.technician_id,
      period_start: new Date(input.period_start),
      period_end: new Date(input.period_end),
      score: input.score,
      reviewer_id: input.reviewer_id,
      notes: input.notes ?? null,
      figures: input.figures,
    } as any)
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteTechnicianReviews(id)
  }
)
