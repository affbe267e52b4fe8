import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listAssignmentRulesTransformQueryConfig,
  retrieveAssignmentRuleTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateAssignmentRule,
  AdminGetAssignmentRuleParams,
  AdminGetAssignmentRulesParams,
  AdminReorderAssignmentRules,
  AdminUpdateAssignmentRule,
} from "./validators"

export const adminAssignmentRuleRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/assignment-rules",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetAssignmentRulesParams,
        listAssignmentRulesTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/assignment-rules",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminCreateAssignmentRule),
      validateAndTransformQuery(
        AdminGetAssignmentRuleParams,
        retrieveAssignmentRuleTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/assignment-rules/reorder",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminReorderAssignmentRules),
      validateAndTransformQuery(
        AdminGetAssignmentRulesParams,
        listAssignmentRulesTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/assignment-rules/:id",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetAssignmentRuleParams,
        retrieveAssignmentRuleTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/assignment-rules/:id",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminUpdateAssignmentRule),
      validateAndTransformQuery(
        AdminGetAssignmentRuleParams,
        retrieveAssignmentRuleTransformQueryConfig
      ),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/assignment-rules/:id",
    middlewares: [requirePermission("service_tickets:configure")],
  },
]
