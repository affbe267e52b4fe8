import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { rankTechnicians } from "../../../../lib/repair/technician-suggestion"
import { loadOpenJobs } from "../../../../workflows/repair/technician-figures"
import { AdminTechnicianSuggestionsParamsType } from "../validators"

/**
 * Technicians ranked for a repair order: skill level for the repair's product categories,
 * free capacity and same location (see src/lib/repair/technician-suggestion.ts). Best first.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminTechnicianSuggestionsParamsType>,
  res: MedusaResponse
) => {
  const { repair_order_id, limit } = req.validatedQuery as AdminTechnicianSuggestionsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [repair],
  } = await query.graph({
    entity: "repair_order",
    fields: ["id", "product_category_ids", "location_id"],
    filters: { id: repair_order_id },
  })
  if (!repair) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair order ${repair_order_id} was not found.`)
  }
  const { data: technicians } = await query.graph({
    entity: "technician",
    fields: [
      "id",
      "name",
      "location_id",
      "user_id",
      "capacity",
      "is_active",
      "skills.product_category_id",
      "skills.category_name",
      "skills.level",
      "certifications.name",
      "certifications.expires_at",
    ],
    filters: { is_active: true },
  })
  const openJobs = await loadOpenJobs(
    req.scope,
    technicians.map((technician: any) => technician.id)
  )
  const suggestions = rankTechnicians({
    repair: {
      product_category_ids: (repair as any).product_category_ids ?? [],
      location_id: (repair as any).location_id ?? null,
    },
    technicians: technicians as any,
    open_jobs: openJobs,
  })
  res.json({ suggestions: limit ? suggestions.slice(0, limit) : suggestions })
}
