import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assignRoleWorkflow } from "../../../../workflows/access/workflows/assign-role"
import { auditContextFrom } from "../../../utils/audit-context"
import {
  AdminCreateRoleAssignmentType,
  AdminGetRoleAssignmentsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetRoleAssignmentsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: role_assignments, metadata } = await query.graph({
    entity: "aftersales_role_assignments",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    role_assignments,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateRoleAssignmentType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { result } = await assignRoleWorkflow(req.scope).run({
    input: { ...req.validatedBody, audit: auditContextFrom(req) },
  })
  const {
    data: [role_assignment],
  } = await query.graph({
    entity: "aftersales_role_assignments",
    fields: req.queryConfig.fields,
    filters: { id: result.id },
  })
  res.status(201).json({ role_assignment })
}
