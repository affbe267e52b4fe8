import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import { AdminUpdateClassificationSettings } from "./validators"

export const adminClassificationSettingsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customer-classification-settings",
    middlewares: [requirePermission("customer_profiles:read")],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-classification-settings",
    middlewares: [
      requirePermission("customer_profiles:configure"),
      validateAndTransformBody(AdminUpdateClassificationSettings),
    ],
  },
]
