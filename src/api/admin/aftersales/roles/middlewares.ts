import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../../utils/require-permission"
import {
  listRolesTransformQueryConfig,
  retrieveRoleTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateRole,
  AdminGetRoleParams,
  AdminGetRolesParams,
  AdminUpdateRole,
} from "./validators"

export const adminRoleRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/aftersales/roles",
    middlewares: [
      requirePermission("roles:read"),
      validateAndTransformQuery(AdminGetRolesParams, listRolesTransformQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/aftersales/roles/:id",
    middlewares: [
      requirePermission("roles:read"),
      validateAndTransformQuery(AdminGetRoleParams, retrieveRoleTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/aftersales/roles",
    middlewares: [
      requirePermission("roles:configure"),
      validateAndTransformBody(AdminCreateRole),
      validateAndTransformQuery(AdminGetRoleParams, retrieveRoleTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/aftersales/roles/:id",
    middlewares: [
      requirePermission("roles:configure"),
      validateAndTransformBody(AdminUpdateRole),
      validateAndTransformQuery(AdminGetRoleParams, retrieveRoleTransformQueryConfig),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/aftersales/roles/:id",
    middlewares: [requirePermission("roles:configure")],
  },
]
