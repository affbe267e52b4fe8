import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { loadTechnicianFiguresStep } from "../steps/technician-figures"
import {
  createTechnicianStep,
  TechnicianInput,
  updateTechnicianStep,
  UpdateTechnicianInput,
} from "../steps/technician-profile"
import {
  addTechnicianCertificationStep,
  CertificationInput,
  recordTechnicianAssessmentStep,
  recordTechnicianReviewStep,
  removeTechnicianCertificationStep,
  setTechnicianSkillsStep,
  SkillInput,
} from "../steps/technician-skills"
import { REPAIR_MODULE } from "../../../modules/repair"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import RepairModuleService from "../../../modules/repair/service"

type TechnicianRef = { id: string; name: string; user_id: string | null }

/** The event payload (id, name, user_id) of one technician, read after the change. */
const technicianRefStep = createStep(
  "technician-event-ref",
  async (input: { id: string }, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const technician = await repair.retrieveTechnician(input.id, { select: ["id", "name", "user_id"] })
    return new StepResponse({
      id: technician.id,
      name: technician.name,
      user_id: technician.user_id ?? null,
    } as TechnicianRef)
  }
)

function updatedEvent(ref: TechnicianRef) {
  return { eventName: "technician.updated", data: { id: ref.id, name: ref.name, user_id: ref.user_id } }
}

export const createTechnicianWorkflow = createWorkflow(
  "create-technician",
  (input: { technician: TechnicianInput & { skills?: SkillInput[] }; audit: AuditContext }) => {
    const profile = transform({ input }, ({ input }) => {
      const { skills: _skills, ...rest } = input.technician
      return rest
    })
    const technician = createTechnicianStep(profile)
    const skillsInput = transform({ input, technician }, ({ input, technician }) => ({
      technician_id: technician.id,
      skills: input.technician.skills ?? [],
      replace: true,
    }))
    const skills = setTechnicianSkillsStep(skillsInput)
    const auditEntry = transform({ input, technician, skills }, ({ input, technician, skills }) => ({
      context: input.audit,
      action: "technician.created",
      entity_type: "technician",
      entity_id: technician.id,
      after: {
        ...(technician as unknown as Record<string, unknown>),
        skills: skills.after.map((skill) => ({
          product_category_id: skill.product_category_id,
          level: skill.level,
        })),
      },
    }))
    recordAuditEntryStep(auditEntry)
    const event = transform({ technician }, ({ technician }) => ({
      eventName: "technician.created",
      data: { id: technician.id, name: technician.name, user_id: technician.user_id ?? null },
    }))
    emitEventStep(event)
    return new WorkflowResponse(technician)
  }
)

/** Updates a profile; `is_active: false` deactivates it (audited as technician.deactivated). */
export const updateTechnicianWorkflow = createWorkflow(
  "update-technician",
  (input: { technician: UpdateTechnicianInput; audit: AuditContext }) => {
    const updated = updateTechnicianStep(input.technician)
    const auditEntry = transform({ input, updated }, ({ input, updated }) => ({
      context: input.audit,
      action:
        updated.before.is_active && updated.after.is_active === false
          ? "technician.deactivated"
          : "technician.updated",
      entity_type: "technician",
      entity_id: updated.after.id,
      before: updated.before as unknown as Record<string, unknown>,
      after: updated.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    const event = transform({ updated }, ({ updated }) =>
      updatedEvent({
        id: updated.after.id,
        name: updated.after.name,
        user_id: updated.after.user_id ?? null,
      })
    )
    emitEventStep(event)
    return new WorkflowResponse(updated.after)
  }
)

/** Replaces the technician's skills (product category -> level 1-5). */
export const setTechnicianSkillsWorkflow = createWorkflow(
  "set-technician-skills",
  (input: { technician_id: string; skills: SkillInput[]; audit: AuditContext }) => {
    const stepInput = transform({ input }, ({ input }) => ({
      technician_id: input.technician_id,
      skills: input.skills,
      replace: true,
    }))
    const skills = setTechnicianSkillsStep(stepInput)
    const auditEntry = transform({ input, skills }, ({ input, skills }) => {
      const shape = (rows: { product_category_id: string; level: number }[]) =>
        Object.fromEntries(rows.map((row) => [row.product_category_id, row.level]))
      return {
        context: input.audit,
        action: "technician.skills_set",
        entity_type: "technician",
        entity_id: input.technician_id,
        before: { skills: shape(skills.before) },
        after: { skills: shape(skills.after) },
      }
    })
    recordAuditEntryStep(auditEntry)
    const ref = technicianRefStep(transform({ input }, ({ input }) => ({ id: input.technician_id })))
    emitEventStep(transform({ ref }, ({ ref }) => updatedEvent(ref)))
    return new WorkflowResponse(skills.after)
  }
)

export const addTechnicianCertificationWorkflow = createWorkflow(
  "add-technician-certification",
  (input: { technician_id: string; certification: CertificationInput; audit: AuditContext }) => {
    const certification = addTechnicianCertificationStep(input)
    recordAuditEntryStep(
      transform({ input, certification }, ({ input, certification }) => ({
        context: input.audit,
        action: "technician.certification_added",
        entity_type: "technician",
        entity_id: input.technician_id,
        after: certification as unknown as Record<string, unknown>,
      }))
    )
    const ref = technicianRefStep(transform({ input }, ({ input }) => ({ id: input.technician_id })))
    emitEventStep(transform({ ref }, ({ ref }) => updatedEvent(ref)))
    return new WorkflowResponse(certification)
  }
)

export const removeTechnicianCertificationWorkflow = createWorkflow(
  "remove-technician-certification",
  (input: { technician_id: string; certification_id: string; audit: AuditContext }) => {
    const certification = removeTechnicianCertificationStep(input)
    recordAuditEntryStep(
      transform({ input, certification }, ({ input, certification }) => ({
        context: input.audit,
        action: "technician.certification_removed",
        entity_type: "technician",
        entity_id: input.technician_id,
        before: certification as unknown as Record<string, unknown>,
      }))
    )
    const ref = technicianRefStep(transform({ input }, ({ input }) => ({ id: input.technician_id })))
    emitEventStep(transform({ ref }, ({ ref }) => updatedEvent(ref)))
    return new WorkflowResponse(certification)
  }
)

/** Records a skill assessment; an awarded level updates (or creates) the skill. */
export const recordTechnicianAssessmentWorkflow = createWorkflow(
  "record-technician-assessment",
  (input: {
    technician_id: string
    assessment: {
      product_category_id?: string | null
      score: number
      level_awarded?: number | null
      assessed_at?: Date | string | null
      notes?: string | null
    }
    audit: AuditContext
  }) => {
    const stepInput = transform({ input }, ({ input }) => ({
      ...input.assessment,
      technician_id: input.technician_id,
      assessed_by: input.audit.actor_id,
    }))
    const result = recordTechnicianAssessmentStep(stepInput)
    recordAuditEntryStep(
      transform({ input, result }, ({ input, result }) => ({
        context: input.audit,
        action: "technician.assessed",
        entity_type: "technician",
        entity_id: input.technician_id,
        before: result.skill_before ? { skill_level: result.skill_before.level } : null,
        after: {
          assessment_id: result.assessment.id,
          score: result.assessment.score,
          product_category_id: result.assessment.product_category_id,
          ...(result.skill_after ? { skill_level: result.skill_after.level } : {}),
        },
      }))
    )
    const ref = technicianRefStep(transform({ input }, ({ input }) => ({ id: input.technician_id })))
    emitEventStep(transform({ ref }, ({ ref }) => updatedEvent(ref)))
    return new WorkflowResponse(result)
  }
)

/**
 * Records a periodic performance review by the acting user, with a snapshot of the live figures
 * for the reviewed period so the review reads the same later.
 */
export const recordTechnicianReviewWorkflow = createWorkflow(
  "record-technician-review",
  (input: {
    technician_id: string
    review: { period_start: Date | string; period_end: Date | string; score: number; notes?: string | null }
    audit: AuditContext
  }) => {
    const figures = loadTechnicianFiguresStep(
      transform({ input }, ({ input }) => ({
        technician_id: input.technician_id,
        from: input.review.period_start,
        to: input.review.period_end,
      }))
    )
    const review = recordTechnicianReviewStep(
      transform({ input, figures }, ({ input, figures }) => ({
        ...input.review,
        technician_id: input.technician_id,
        reviewer_id: input.audit.actor_id,
        figures,
      }))
    )
    recordAuditEntryStep(
      transform({ input, review }, ({ input, review }) => ({
        context: input.audit,
        action: "technician.reviewed",
        entity_type: "technician",
        entity_id: input.technician_id,
        after: {
          review_id: review.id,
          score: review.score,
          period_start: review.period_start,
          period_end: review.period_end,
        },
      }))
    )
    const ref = technicianRefStep(transform({ input }, ({ input }) => ({ id: input.technician_id })))
    emitEventStep(transform({ ref }, ({ ref }) => updatedEvent(ref)))
    return new WorkflowResponse(review)
  }
)
