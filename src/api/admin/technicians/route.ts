import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTechnicianWorkflow } from "../../../workflows/repair/workflows/technicians"
import { loadOpenJobs, loadTechnicianPerformance } from "../../../workflows/repair/technician-figures"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchTechnician, shapeTechnician } from "./helpers"
import { AdminCreateTechnicianType, AdminGetTechniciansParamsType } from "./validators"

/** Technicians with their skills, open jobs and headline live figures. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetTechniciansParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { product_category_id, ...filters } = req.filterableFields as Record<string, any>
  if (product_category_id) {
    const { data: skills } = await query.graph({
      entity: "technician_skill",
      fields: ["technician_id"],
      filters: { product_category_id },
    })
    const withSkill = [...new Set(skills.map((skill: any) => skill.technician_id as string))]
    const requested = filters.id ? [filters.id].flat() : null
    filters.id = requested ? withSkill.filter((id) => requested.includes(id)) : withSkill
  }
  const { data: technicians, metadata } = await query.graph({
    entity: "technician",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  const ids = technicians.map((technician: any) => technician.id as string)
  const [openJobs, performance] = await Promise.all([
    loadOpenJobs(req.scope, ids),
    loadTechnicianPerformance(req.scope, ids),
  ])
  res.json({
    technicians: technicians.map((technician: any) => ({
      ...shapeTechnician(technician),
      open_jobs: openJobs[technician.id] ?? 0,
      performance: performance.get(technician.id) ?? null,
    })),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTechnicianType>,
  res: MedusaResponse
) => {
  const { result } = await createTechnicianWorkflow(req.scope).run({
    input: { technician: req.validatedBody as any, audit: auditContextFrom(req) },
  })
  res.status(201).json({ technician: await refetchTechnician(req, result.id) })
}
