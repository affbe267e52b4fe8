import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listApprovalRulesTransformQueryConfig,
  retrieveApprovalRuleTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateApprovalRule,
  AdminGetApprovalRuleParams,
  AdminGetApprovalRulesParams,
  AdminUpdateApprovalRule,
} from "./validators"

// Approval rules decide who may spend how much: changing them is an administrator's
// setting (settings:configure), not something approvers or purchasers do for themselves.
export const adminApprovalRuleRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/approval-rules",
    middlewares: [
      requirePermission("purchasing:read"),
      validateAndTransformQuery(AdminGetApprovalRulesParams, listApprovalRulesTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/approval-rules",
    middlewares: [
      requirePermission("settings:configure"),
      validateAndTransformBody(AdminCreateApprovalRule),
      validateAndTransformQuery(AdminGetApprovalRuleParams, retrieveApprovalRuleTransformQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/approval-rules/:id",
    middlewares: [
      requirePermission("purchasing:read"),
      validateAndTransformQuery(AdminGetApprovalRuleParams, retrieveApprovalRuleTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/approval-rules/:id",
    middlewares: [
      requirePermission("settings:configure"),
      validateAndTransformBody(AdminUpdateApprovalRule),
      validateAndTransformQuery(AdminGetApprovalRuleParams, retrieveApprovalRuleTransformQueryConfig),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/approval-rules/:id",
    middlewares: [requirePermission("settings:configure")],
  },
]
