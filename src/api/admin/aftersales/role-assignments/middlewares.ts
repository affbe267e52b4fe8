import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../../utils/require-permission"
import {
  listRoleAssignmentsTransformQueryConfig,
  retrieveRoleAssignmentTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateRoleAssignment,
  AdminGetRoleAssignmentParams,
  AdminGetRoleAssignmentsParams,
} from "./validators"

export const adminRoleAssignmentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/aftersales/role-assignments",
    middlewares: [
      requirePermission("roles:read"),
      validateAndTransformQuery(
        AdminGetRoleAssignmentsParams,
        listRoleAssignmentsTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/aftersales/role-assignments",
    middlewares: [
      requirePermission("roles:configure"),
      validateAndTransformBody(AdminCreateRoleAssignment),
      validateAndTransformQuery(
        AdminGetRoleAssignmentParams,
        retrieveRoleAssignmentTransformQueryConfig
      ),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/aftersales/role-assignments/:id",
    middlewares: [requirePermission("roles:configure")],
  },
]
