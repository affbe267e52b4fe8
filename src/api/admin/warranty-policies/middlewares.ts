import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listWarrantyPoliciesTransformQueryConfig,
  retrieveWarrantyPolicyTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateWarrantyPolicy,
  AdminGetWarrantyPoliciesParams,
  AdminGetWarrantyPolicyParams,
  AdminUpdateWarrantyPolicy,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetWarrantyPolicyParams, retrieveWarrantyPolicyTransformQueryConfig)

export const adminWarrantyPolicyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/warranty-policies",
    middlewares: [
      requirePermission("warranties:read"),
      validateAndTransformQuery(AdminGetWarrantyPoliciesParams, listWarrantyPoliciesTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/warranty-policies",
    middlewares: [requirePermission("warranties:configure"), validateAndTransformBody(AdminCreateWarrantyPolicy), retrieve],
  },
  {
    method: ["GET"],
    matcher: "/admin/warranty-policies/:id",
    middlewares: [requirePermission("warranties:read"), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/warranty-policies/:id",
    middlewares: [requirePermission("warranties:configure"), validateAndTransformBody(AdminUpdateWarrantyPolicy), retrieve],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/warranty-policies/:id",
    middlewares: [requirePermission("warranties:configure")],
  },
]
