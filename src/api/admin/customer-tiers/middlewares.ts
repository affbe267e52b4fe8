import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listCustomerTiersTransformQueryConfig,
  retrieveCustomerTierTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateCustomerTier,
  AdminGetCustomerTierParams,
  AdminGetCustomerTiersParams,
  AdminUpdateCustomerTier,
} from "./validators"

export const adminCustomerTierRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customer-tiers",
    middlewares: [
      requirePermission("customer_profiles:read"),
      validateAndTransformQuery(AdminGetCustomerTiersParams, listCustomerTiersTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-tiers",
    middlewares: [
      requirePermission("customer_profiles:configure"),
      validateAndTransformBody(AdminCreateCustomerTier),
      validateAndTransformQuery(AdminGetCustomerTierParams, retrieveCustomerTierTransformQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/customer-tiers/:id",
    middlewares: [
      requirePermission("customer_profiles:read"),
      validateAndTransformQuery(AdminGetCustomerTierParams, retrieveCustomerTierTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-tiers/:id",
    middlewares: [
      requirePermission("customer_profiles:configure"),
      validateAndTransformBody(AdminUpdateCustomerTier),
      validateAndTransformQuery(AdminGetCustomerTierParams, retrieveCustomerTierTransformQueryConfig),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/customer-tiers/:id",
    middlewares: [requirePermission("customer_profiles:configure")],
  },
]
