import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteRoleWorkflow } from "../../../../../workflows/access/workflows/delete-role"
import { updateRoleWorkflow } from "../../../../../workflows/access/workflows/update-role"
import { auditContextFrom } from "../../../../utils/audit-context"
import { AdminUpdateRoleType } from "../validators"

async function refetchRole(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [role],
  } = await query.graph(
    {
      entity: "aftersales_roles",
      fields: req.queryConfig.fields,
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  return role
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ role: await refetchRole(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateRoleType>,
  res: MedusaResponse
) => {
  await updateRoleWorkflow(req.scope).run({
    input: {
      role: { id: req.params.id, ...req.validatedBody },
      audit: auditContextFrom(req),
    },
  })
  res.json({ role: await refetchRole(req, req.params.id) })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteRoleWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "aftersales_role", deleted: true })
}
