import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { AuditContext } from "../../workflows/audit/types"

export function auditContextFrom(req: AuthenticatedMedusaRequest): AuditContext {
  const { actor_type, actor_id } = req.auth_context
  return {
    actor_type:
      actor_type === "customer"
        ? "customer"
        : actor_type === "api-key"
          ? "api-key"
          : "user",
    actor_id,
    request_id: req.requestId ?? null,
  }
}
