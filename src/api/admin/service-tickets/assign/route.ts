import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bulkAssignServiceTicketsWorkflow } from "../../../../workflows/helpdesk/workflows/assign-service-ticket"
import { auditContextFrom } from "../../../utils/audit-context"
import { AdminBulkAssignServiceTicketsType } from "../validators"
import { rethrowVersionConflict } from "../../../utils/version-conflict"

/** Assigns several tickets at once (all or none) and answers with them. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminBulkAssignServiceTicketsType>,
  res: MedusaResponse
) => {
  await bulkAssignServiceTicketsWorkflow(req.scope).run({
    input: {
      ids: req.validatedBody.ids,
      assignee_id: req.validatedBody.assignee_id,
      audit: auditContextFrom(req),
    },
  }).catch(rethrowVersionConflict)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: service_tickets } = await query.graph({
    entity: "service_tickets",
    fields: req.queryConfig.fields,
    filters: { id: req.validatedBody.ids },
  })
  res.json({ service_tickets })
}
