import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean()
)
const stringOrList = z.union([z.string(), z.array(z.string())]).optional()
const dateParam = z.coerce.date({ message: "Use an ISO date such as 2026-01-31." })

export const AdminGetTechnicianParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetTechniciansParamsType = z.infer<typeof AdminGetTechniciansParams>
export const AdminGetTechniciansParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "name",
})
  .merge(
    z.object({
      q: z.string().optional(),
      id: stringOrList,
      user_id: stringOrList,
      is_active: booleanParam.optional(),
      location_id: stringOrList,
      /** Only technicians with a skill in this product category (or any of these). */
      product_category_id: stringOrList,
    })
  )
  .strict()

const skill = z
  .object({
    product_category_id: z.string().trim().min(1),
    level: z.number().int().min(1).max(5),
  })
  .strict()

const technicianFields = {
  user_id: z.string().trim().min(1).nullish(),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320).nullish(),
  phone: z.string().trim().max(50).nullish(),
  location_id: z.string().trim().min(1).nullish(),
  hourly_rate: z.number().min(0).max(100000).optional(),
  capacity: z.number().int().min(0).max(100).optional(),
  experience_years: z.number().int().min(0).max(80).optional(),
  is_active: z.boolean().optional(),
  notes: z.string().max(5000).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export type AdminCreateTechnicianType = z.infer<typeof AdminCreateTechnician>
export const AdminCreateTechnician = z
  .object({ ...technicianFields, skills: z.array(skill).max(200).optional() })
  .strict()

export type AdminUpdateTechnicianType = z.infer<typeof AdminUpdateTechnician>
export const AdminUpdateTechnician = z
  .object({ ...technicianFields, name: technicianFields.name.optional() })
  .strict()

export type AdminSetTechnicianSkillsType = z.infer<typeof AdminSetTechnicianSkills>
export const AdminSetTechnicianSkills = z.object({ skills: z.array(skill).max(200) }).strict()

export type AdminAddTechnicianCertificationType = z.infer<typeof AdminAddTechnicianCertification>
export const AdminAddTechnicianCertification = z
  .object({
    name: z.string().trim().min(1).max(200),
    issuer: z.string().trim().max(200).nullish(),
    reference: z.string().trim().max(200).nullish(),
    issued_at: dateParam.nullish(),
    expires_at: dateParam.nullish(),
  })
  .strict()

export type AdminRecordTechnicianAssessmentType = z.infer<typeof AdminRecordTechnicianAssessment>
export const AdminRecordTechnicianAssessment = z
  .object({
    product_category_id: z.string().trim().min(1).nullish(),
    score: z.number().min(0).max(100),
    level_awarded: z.number().int().min(1).max(5).nullish(),
    assessed_at: dateParam.nullish(),
    notes: z.string().max(5000).nullish(),
  })
  .strict()

export type AdminRecordTechnicianReviewType = z.infer<typeof AdminRecordTechnicianReview>
export const AdminRecordTechnicianReview = z
  .object({
    period_start: dateParam,
    period_end: dateParam,
    score: z.number().int().min(1).max(5),
    notes: z.string().max(5000).nullish(),
  })
  .strict()

export type AdminTechnicianPerformanceParamsType = z.infer<typeof AdminTechnicianPerformanceParams>
export const AdminTechnicianPerformanceParams = z
  .object({ from: dateParam.optional(), to: dateParam.optional() })
  .strict()

export type AdminTechnicianSuggestionsParamsType = z.infer<typeof AdminTechnicianSuggestionsParams>
export const AdminTechnicianSuggestionsParams = z
  .object({
    repair_order_id: z.string().trim().min(1, { message: "repair_order_id is required." }),
    limit: z.coerce.number().int().min(1).max(100).optional(),
  })
  .strict()
