import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../../utils/require-permission"
import { listAuditLogTransformQueryConfig } from "./query-config"
import {
  AdminExportAuditLogParams,
  AdminGetAuditLogParams,
} from "./validators"

export const adminAuditLogRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/aftersales/audit-log",
    middlewares: [
      requirePermission("audit_log:read"),
      validateAndTransformQuery(
        AdminGetAuditLogParams,
        listAuditLogTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/aftersales/audit-log/export",
    middlewares: [
      requirePermission("audit_log:export"),
      validateAndTransformQuery(AdminExportAuditLogParams, {
        ...listAuditLogTransformQueryConfig,
        defaultLimit: 100_000,
      }),
    ],
  },
]
