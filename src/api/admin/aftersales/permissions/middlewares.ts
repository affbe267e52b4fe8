import { MiddlewareRoute } from "@medusajs/framework/http"
import { requirePermission } from "../../../utils/require-permission"

export const adminPermissionRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/aftersales/permissions",
    middlewares: [requirePermission("roles:read")],
  },
]
