import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listCustomerServiceProfilesTransformQueryConfig,
  retrieveCustomerServiceProfileTransformQueryConfig,
} from "./query-config"
import {
  AdminGetCustomerServiceProfileParams,
  AdminGetCustomerServiceProfilesParams,
  AdminRecomputeCustomerServiceProfiles,
} from "./validators"

export const adminCustomerServiceProfileRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customer-service-profiles",
    middlewares: [
      requirePermission("customer_profiles:read"),
      validateAndTransformQuery(
        AdminGetCustomerServiceProfilesParams,
        listCustomerServiceProfilesTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-service-profiles/recompute",
    middlewares: [
      requirePermission("customer_profiles:write"),
      validateAndTransformBody(AdminRecomputeCustomerServiceProfiles),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-service-profiles/recompute/status",
    middlewares: [requirePermission("customer_profiles:read")],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-service-profiles/:id",
    middlewares: [
      requirePermission("customer_profiles:read"),
      validateAndTransformQuery(
        AdminGetCustomerServiceProfileParams,
        retrieveCustomerServiceProfileTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-service-profiles/:id/recompute",
    middlewares: [
      requirePermission("customer_profiles:write"),
      validateAndTransformBody(AdminRecomputeCustomerServiceProfiles),
      validateAndTransformQuery(
        AdminGetCustomerServiceProfileParams,
        retrieveCustomerServiceProfileTransformQueryConfig
      ),
    ],
  },
]
