import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadOpenJobs, loadTechnicianPerformance } from "../../../workflows/repair/technician-figures"

export function isTechnicianId(id: string | undefined): boolean {
  return typeof id === "string" && id.startsWith("tech_")
}

export function assertTechnicianId(id: string) {
  if (!isTechnicianId(id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Technician with id: ${id} was not found`)
  }
}

function byDateDesc(field: string) {
  return (a: any, b: any) => new Date(b[field] ?? 0).getTime() - new Date(a[field] ?? 0).getTime()
}

/** Orders nested lists for display: skills by level, newest assessments and reviews first. */
export function shapeTechnician(technician: any) {
  return {
    ...technician,
    skills: technician.skills
      ? [...technician.skills].sort((a: any, b: any) => b.level - a.level)
      : technician.skills,
    certifications: technician.certifications
      ? [...technician.certifications].sort(byDateDesc("expires_at"))
      : technician.certifications,
    assessments: technician.assessments
      ? [...technician.assessments].sort(byDateDesc("assessed_at"))
      : technician.assessments,
    reviews: technician.reviews ? [...technician.reviews].sort(byDateDesc("period_end")) : technician.reviews,
  }
}

/** One technician (404 when missing) with open jobs and all-time live figures. */
export async function refetchTechnician(req: AuthenticatedMedusaRequest, id: string) {
  assertTechnicianId(id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [technician],
  } = await query.graph(
    { entity: "technician", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  const [openJobs, performance] = await Promise.all([
    loadOpenJobs(req.scope, [id]),
    loadTechnicianPerformance(req.scope, [id]),
  ])
  return {
    ...shapeTechnician(technician),
    open_jobs: openJobs[id] ?? 0,
    performance: performance.get(id) ?? null,
  }
}
