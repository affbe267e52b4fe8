import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listSlaPoliciesTransformQueryConfig,
  retrieveSlaPolicyTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateSlaPolicy,
  AdminGetSlaPolicyParams,
  AdminGetSlaPoliciesParams,
  AdminUpdateSlaPolicy,
} from "./validators"

export const adminSlaPolicyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/sla-policies",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetSlaPoliciesParams,
        listSlaPoliciesTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/sla-policies",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminCreateSlaPolicy),
      validateAndTransformQuery(
        AdminGetSlaPolicyParams,
        retrieveSlaPolicyTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/sla-policies/:id",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetSlaPolicyParams,
        retrieveSlaPolicyTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/sla-policies/:id",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminUpdateSlaPolicy),
      validateAndTransformQuery(
        AdminGetSlaPolicyParams,
        retrieveSlaPolicyTransformQueryConfig
      ),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/sla-policies/:id",
    middlewares: [requirePermission("service_tickets:configure")],
  },
]
