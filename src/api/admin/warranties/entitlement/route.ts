import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveWarrantyEntitlement } from "../../../../workflows/warranty/resolve-warranty-entitlement"
import { defaultAdminWarrantyFields } from "../query-config"
import { AdminWarrantyEntitlementParamsType } from "../validators"

/**
 * Entitlement of one unit (by serial number, order line item + unit, or registration id) and
 * the registrations of that unit (its standard registration and extensions).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminWarrantyEntitlementParamsType>,
  res: MedusaResponse
) => {
  const params = req.validatedQuery as AdminWarrantyEntitlementParamsType
  const entitlement = await resolveWarrantyEntitlement(req.scope, {
    serial_number: params.serial_number,
    line_item_id: params.line_item_id,
    unit_index: params.unit_index,
    registration_id: params.registration_id,
    at: params.at ? new Date(params.at) : undefined,
  })
  let registrations: unknown[] = []
  if (entitlement.registration_id) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "warranty_registration",
      fields: defaultAdminWarrantyFields,
      filters: {
        $or: [{ id: entitlement.registration_id }, { extends_registration_id: entitlement.registration_id }],
      } as any,
      pagination: { order: { starts_at: "ASC" } } as any,
    })
    registrations = data
  }
  res.json({ entitlement, registrations })
}
