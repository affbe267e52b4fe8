import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRoleWorkflow } from "../../../../workflows/access/workflows/create-role"
import { auditContextFrom } from "../../../utils/audit-context"
import { AdminCreateRoleType, AdminGetRolesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetRolesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: roles, metadata } = await query.graph({
    entity: "aftersales_roles",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    roles,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateRoleType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { result } = await createRoleWorkflow(req.scope).run({
    input: { role: req.validatedBody, audit: auditContextFrom(req) },
  })
  const {
    data: [role],
  } = await query.graph({
    entity: "aftersales_roles",
    fields: req.queryConfig.fields,
    filters: { id: result.id },
  })
  res.status(201).json({ role })
}
