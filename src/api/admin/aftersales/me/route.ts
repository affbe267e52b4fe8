import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { resolveActorAccess } from "../../../utils/require-permission"

/** The caller's after-sales roles and permissions; the admin UI hides what they cannot do. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { roles, permissions, bootstrap } = await resolveActorAccess(req)
  res.json({
    user: {
      id: req.auth_context.actor_id,
      actor_type: req.auth_context.actor_type,
    },
    roles,
    permissions,
    bootstrap,
  })
}
