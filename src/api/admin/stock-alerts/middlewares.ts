import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import { listStockAlertsTransformQueryConfig } from "./query-config"
import { AdminChangeStockAlert, AdminGetStockAlertsParams } from "./validators"

export const adminStockAlertRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/stock-alerts",
    middlewares: [
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetStockAlertsParams, listStockAlertsTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/stock-alerts/:id/acknowledge",
    middlewares: [requirePermission("spare_parts:write"), validateAndTransformBody(AdminChangeStockAlert)],
  },
  {
    method: ["POST"],
    matcher: "/admin/stock-alerts/:id/resolve",
    middlewares: [requirePermission("spare_parts:write"), validateAndTransformBody(AdminChangeStockAlert)],
  },
]
