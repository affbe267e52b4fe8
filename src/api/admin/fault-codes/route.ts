import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createFaultCodeWorkflow } from "../../../workflows/repair/workflows/fault-codes"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchFaultCode } from "./helpers"
import { AdminCreateFaultCodeType, AdminGetFaultCodesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetFaultCodesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: fault_codes, metadata } = await query.graph({
    entity: "fault_code",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ fault_codes, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateFaultCodeType>,
  res: MedusaResponse
) => {
  const { result } = await createFaultCodeWorkflow(req.scope).run({
    input: { fault_code: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ fault_code: await refetchFaultCode(req, result.id) })
}
