import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import { AdminGetRepairPipelinesParams, AdminUpdateRepairPipeline } from "./validators"

export const adminRepairPipelineRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/repair-pipelines",
    middlewares: [
      requirePermission("repair_orders:read"),
      validateAndTransformQuery(AdminGetRepairPipelinesParams, {}),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/repair-pipelines/:key",
    middlewares: [requirePermission("repair_orders:read")],
  },
  {
    method: ["POST"],
    matcher: "/admin/repair-pipelines/:key",
    middlewares: [
      requirePermission("repair_orders:configure"),
      validateAndTransformBody(AdminUpdateRepairPipeline),
    ],
  },
]
