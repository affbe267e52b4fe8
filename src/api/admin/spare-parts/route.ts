import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSparePartsWorkflow } from "../../../workflows/spare-parts/workflows/create-spare-parts"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchSparePart, sparePartListFilters } from "./helpers"
import { AdminCreateSparePartType, AdminGetSparePartsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetSparePartsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: spare_parts, metadata } = await query.graph({
    entity: "spare_part",
    fields: req.queryConfig.fields,
    filters: await sparePartListFilters(req, req.filterableFields),
    pagination: req.queryConfig.pagination,
  })
  res.json({
    spare_parts,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSparePartType>,
  res: MedusaResponse
) => {
  const { result } = await createSparePartsWorkflow(req.scope).run({
    input: { spare_parts: [req.validatedBody], audit: auditContextFrom(req) },
  })
  res.status(201).json({ spare_part: await refetchSparePart(req, result[0].id) })
}
