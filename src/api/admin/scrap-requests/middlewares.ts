import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listScrapRequestsTransformQueryConfig,
  retrieveScrapRequestTransformQueryConfig,
} from "./query-config"
import {
  AdminApproveScrapRequest,
  AdminCancelScrapRequest,
  AdminCreateScrapRequest,
  AdminDisposeScrapRequest,
  AdminGetScrapRequestParams,
  AdminGetScrapRequestsParams,
  AdminRejectScrapRequest,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetScrapRequestParams, retrieveScrapRequestTransformQueryConfig)

export const adminScrapRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/scrap-requests",
    middlewares: [
      requirePermission("scrap:read"),
      validateAndTransformQuery(AdminGetScrapRequestsParams, listScrapRequestsTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/scrap-requests",
    middlewares: [requirePermission("scrap:write"), validateAndTransformBody(AdminCreateScrapRequest), retrieve],
  },
  {
    method: ["GET"],
    matcher: "/admin/scrap-requests/:id",
    middlewares: [requirePermission("scrap:read"), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/scrap-requests/:id/approve",
    middlewares: [requirePermission("scrap:approve"), validateAndTransformBody(AdminApproveScrapRequest), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/scrap-requests/:id/reject",
    middlewares: [requirePermission("scrap:approve"), validateAndTransformBody(AdminRejectScrapRequest), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/scrap-requests/:id/dispose",
    middlewares: [requirePermission("scrap:write"), validateAndTransformBody(AdminDisposeScrapRequest), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/scrap-requests/:id/cancel",
    middlewares: [requirePermission("scrap:write"), validateAndTransformBody(AdminCancelScrapRequest), retrieve],
  },
]
