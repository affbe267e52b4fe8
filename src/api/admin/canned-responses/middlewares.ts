import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listCannedResponsesTransformQueryConfig,
  retrieveCannedResponseTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateCannedResponse,
  AdminGetCannedResponseParams,
  AdminGetCannedResponsesParams,
  AdminRenderCannedResponse,
  AdminUpdateCannedResponse,
} from "./validators"

export const adminCannedResponseRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/canned-responses",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetCannedResponsesParams,
        listCannedResponsesTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/canned-responses",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminCreateCannedResponse),
      validateAndTransformQuery(
        AdminGetCannedResponseParams,
        retrieveCannedResponseTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/canned-responses/variables",
    middlewares: [requirePermission("service_tickets:read")],
  },
  {
    method: ["GET"],
    matcher: "/admin/canned-responses/:id",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetCannedResponseParams,
        retrieveCannedResponseTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/canned-responses/:id",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminUpdateCannedResponse),
      validateAndTransformQuery(
        AdminGetCannedResponseParams,
        retrieveCannedResponseTransformQueryConfig
      ),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/canned-responses/:id",
    middlewares: [requirePermission("service_tickets:configure")],
  },
  {
    method: ["POST"],
    matcher: "/admin/canned-responses/:id/render",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformBody(AdminRenderCannedResponse),
    ],
  },
]
