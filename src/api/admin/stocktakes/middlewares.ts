import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import { listStocktakesTransformQueryConfig } from "./query-config"
import {
  AdminCancelStocktake,
  AdminEnterStocktakeCounts,
  AdminGetStocktakesParams,
  AdminImportStocktakeCounts,
  AdminOpenStocktake,
  AdminStocktakeDecision,
} from "./validators"

export const adminStocktakeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/stocktakes",
    middlewares: [
      requirePermission("stocktakes:read"),
      validateAndTransformQuery(AdminGetStocktakesParams, listStocktakesTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/stocktakes",
    middlewares: [requirePermission("stocktakes:write"), validateAndTransformBody(AdminOpenStocktake)],
  },
  {
    method: ["GET"],
    matcher: "/admin/stocktakes/:id",
    middlewares: [requirePermission("stocktakes:read")],
  },
  {
    method: ["GET"],
    matcher: "/admin/stocktakes/:id/variance",
    middlewares: [requirePermission("stocktakes:read")],
  },
  {
    method: ["POST"],
    matcher: "/admin/stocktakes/:id/counts",
    middlewares: [
      requirePermission("stocktakes:write"),
      validateAndTransformBody(AdminEnterStocktakeCounts),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/stocktakes/:id/counts/import",
    middlewares: [
      requirePermission("stocktakes:write"),
      validateAndTransformBody(AdminImportStocktakeCounts),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/stocktakes/:id/submit",
    middlewares: [requirePermission("stocktakes:write"), validateAndTransformBody(AdminStocktakeDecision)],
  },
  {
    method: ["POST"],
    matcher: "/admin/stocktakes/:id/approve",
    middlewares: [requirePermission("stocktakes:approve"), validateAndTransformBody(AdminStocktakeDecision)],
  },
  {
    method: ["POST"],
    matcher: "/admin/stocktakes/:id/post",
    middlewares: [requirePermission("stocktakes:write"), validateAndTransformBody(AdminStocktakeDecision)],
  },
  {
    method: ["POST"],
    matcher: "/admin/stocktakes/:id/cancel",
    middlewares: [requirePermission("stocktakes:write"), validateAndTransformBody(AdminCancelStocktake)],
  },
]
