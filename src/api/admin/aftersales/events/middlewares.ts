import { MiddlewareRoute } from "@medusajs/framework/http"
import { requirePermission } from "../../../utils/require-permission"

export const adminEventRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/aftersales/events",
    middlewares: [requirePermission("webhooks:read")],
  },
]
