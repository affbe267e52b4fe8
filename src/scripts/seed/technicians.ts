import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AuditContext, SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import {
  addTechnicianCertificationWorkflow,
  createTechnicianWorkflow,
  recordTechnicianAssessmentWorkflow,
  recordTechnicianReviewWorkflow,
  updateTechnicianWorkflow,
} from "../../workflows/repair/workflows/technicians"

const DAY = 24 * 60 * 60 * 1000

type DemoTechnician = {
  name: string
  email: string
  phone: string
  user_email?: string
  location: "hamburg" | "munich"
  capacity: number
  hourly_rate: number
  experience_years: number
  skills: { category: "appliances" | "spare-parts"; level: number }[]
  certifications: { name: string; issuer: string; issued_days_ago: number; expires_in_days: number | null }[]
  assessments: { category: "appliances" | "spare-parts"; score: number; level_awarded?: number; days_ago: number; notes: string }[]
  review?: { score: number; notes: string }
  inactive?: boolean
}

const TECHNICIANS: DemoTechnician[] = [
  {
    name: "Jonas Berg",
    email: "technician@example.com",
    phone: "+49 40 5550 101",
    user_email: "technician@example.com",
    location: "hamburg",
    capacity: 5,
    hourly_rate: 38,
    experience_years: 6,
    skills: [
      { category: "appliances", level: 3 },
      { category: "spare-parts", level: 3 },
    ],
    certifications: [
      // expires within the month: shows the "expires soon" badge
      { name: "Aurora espresso machine service", issuer: "Aurora Home GmbH", issued_days_ago: 345, expires_in_days: 20 },
      { name: "Electrical safety (DGUV V3)", issuer: "DGUV", issued_days_ago: 120, expires_in_days: 610 },
    ],
    assessments: [
      { category: "appliances", score: 88, level_awarded: 4, days_ago: 30, notes: "Brew group and pump diagnostics without help." },
      { category: "spare-parts", score: 71, days_ago: 30, notes: "Good part identification; slower on board-level rework." },
    ],
    review: { score: 4, notes: "Reliable, quick turnaround; take the board-level course." },
  },
  {
    name: "Mia Keller",
    email: "mia.keller@example.com",
    phone: "+49 40 5550 102",
    location: "hamburg",
    capacity: 4,
    hourly_rate: 45,
    experience_years: 11,
    skills: [
      { category: "appliances", level: 5 },
      { category: "spare-parts", level: 4 },
    ],
    certifications: [
      { name: "IPC-7711/7721 rework and repair", issuer: "IPC", issued_days_ago: 400, expires_in_days: 330 },
    ],
    assessments: [{ category: "appliances", score: 96, days_ago: 60, notes: "Lead technician for espresso machines." }],
    review: { score: 5, notes: "Mentors the team; lowest repeat rate." },
  },
  {
    name: "Luca Romano",
    email: "luca.romano@example.com",
    phone: "+49 89 5550 201",
    location: "munich",
    capacity: 6,
    hourly_rate: 36,
    experience_years: 4,
    skills: [
      { category: "appliances", level: 3 },
      { category: "spare-parts", level: 4 },
    ],
    certifications: [
      // expired a month ago: noted in assignment suggestions
      { name: "Li-ion battery handling (e-mobility)", issuer: "TÜV Süd", issued_days_ago: 760, expires_in_days: -30 },
    ],
    assessments: [{ category: "spare-parts", score: 83, level_awarded: 4, days_ago: 45, notes: "Scooter drive trains and batteries." }],
    review: { score: 3, notes: "Renew the battery certification before taking e-scooter jobs." },
  },
  {
    name: "Aylin Demir",
    email: "aylin.demir@example.com",
    phone: "+49 89 5550 202",
    location: "munich",
    capacity: 3,
    hourly_rate: 28,
    experience_years: 1,
    skills: [{ category: "appliances", level: 1 }],
    certifications: [],
    assessments: [{ category: "appliances", score: 64, level_awarded: 2, days_ago: 10, notes: "Passed the descaling and gasket module." }],
  },
  {
    name: "Piet Jansen",
    email: "piet.jansen@example.com",
    phone: "+49 40 5550 103",
    location: "hamburg",
    capacity: 4,
    hourly_rate: 40,
    experience_years: 9,
    skills: [{ category: "appliances", level: 4 }],
    certifications: [],
    assessments: [],
    inactive: true,
  },
]

/**
 * Technicians for the demo, through the technician workflows: five profiles (one linked to the
 * technician@example.com admin user, one inactive) at the Hamburg and Munich locations, skills by
 * the demo's product categories, certifications (one expiring within 30 days, one expired),
 * skill assessments (some award a level) and performance reviews by the supervisor. Runs before
 * the repairs seed so repair orders can be assigned to them.
 */
export async function seedTechnicians(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: categories } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: ["appliances", "spare-parts"] },
  })
  const categoryId = new Map((categories as any[]).map((category) => [category.handle, category.id]))
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name"] })
  const locationId = (key: "hamburg" | "munich") =>
    (locations as any[]).find((location) => location.name.toLowerCase().includes(key))?.id ?? null
  const { data: users } = await query.graph({
    entity: "user",
    fields: ["id", "email"],
    filters: { email: ["technician@example.com", "supervisor@example.com"] },
  })
  const userId = (email: string) => (users as any[]).find((user) => user.email === email)?.id ?? null
  const supervisorId = userId("supervisor@example.com")
  const supervisor: AuditContext = supervisorId
    ? { actor_type: "user", actor_id: supervisorId }
    : SYSTEM_AUDIT_CONTEXT
  const now = Date.now()

  for (const demo of TECHNICIANS) {
    const { result: technician } = await createTechnicianWorkflow(container).run({
      input: {
        technician: {
          name: demo.name,
          email: demo.email,
          phone: demo.phone,
          user_id: demo.user_email ? userId(demo.user_email) : null,
          location_id: locationId(demo.location),
          capacity: demo.capacity,
          hourly_rate: demo.hourly_rate,
          experience_years: demo.experience_years,
          skills: demo.skills
            .filter((skill) => categoryId.has(skill.category))
            .map((skill) => ({ product_category_id: categoryId.get(skill.category), level: skill.level })),
        },
        audit: SYSTEM_AUDIT_CONTEXT,
      },
    })
    for (const certification of demo.certifications) {
      await addTechnicianCertificationWorkflow(container).run({
        input: {
          technician_id: technician.id,
          certification: {
            name: certification.name,
            issuer: certification.issuer,
            issued_at: new Date(now - certification.issued_days_ago * DAY),
            expires_at:
              certification.expires_in_days === null ? null : new Date(now + certification.expires_in_days * DAY),
          },
          audit: SYSTEM_AUDIT_CONTEXT,
        },
      })
    }
    for (const assessment of demo.assessments) {
      if (!categoryId.has(assessment.category)) {
        continue
      }
      await recordTechnicianAssessmentWorkflow(container).run({
        input: {
          technician_id: technician.id,
          assessment: {
            product_category_id: categoryId.get(assessment.category),
            score: assessment.score,
            level_awarded: assessment.level_awarded ?? null,
            assessed_at: new Date(now - assessment.days_ago * DAY),
            notes: assessment.notes,
          },
          audit: supervisor,
        },
      })
    }
    if (demo.review) {
      await recordTechnicianReviewWorkflow(container).run({
        input: {
          technician_id: technician.id,
          review: {
            period_start: new Date(now - 180 * DAY),
            period_end: new Date(now - 1 * DAY),
            score: demo.review.score,
            notes: demo.review.notes,
          },
          audit: supervisor,
        },
      })
    }
    if (demo.inactive) {
      await updateTechnicianWorkflow(container).run({
        input: { technician: { id: technician.id, is_active: false }, audit: SYSTEM_AUDIT_CONTEXT },
      })
    }
  }
  logger.info(`Technicians seeded: ${TECHNICIANS.length} profiles with skills, certifications, assessments and reviews.`)
}
