import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { parseAttachmentUpload } from "../../store/service-tickets/attachment-upload"
import { requirePermission } from "../../utils/require-permission"
import {
  listRepairOrdersTransformQueryConfig,
  retrieveRepairOrderTransformQueryConfig,
} from "./query-config"
import {
  AdminAddRepairWorkLog,
  AdminAssignRepairOrder,
  AdminCreateRepairOrder,
  AdminCreateRepairOrderFromTicket,
  AdminGetRepairOrderParams,
  AdminGetRepairOrdersParams,
  AdminRepairQualityCheck,
  AdminTransitionRepairOrder,
  AdminUpdateRepairOrder,
} from "./validators"

const detail = validateAndTransformQuery(
  AdminGetRepairOrderParams,
  retrieveRepairOrderTransformQueryConfig
)

export const adminRepairOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/repair-orders",
    middlewares: [
      requirePermission("repair_orders:read"),
      validateAndTransformQuery(AdminGetRepairOrdersParams, listRepairOrdersTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/repair-orders",
    middlewares: [
      requirePermission("repair_orders:write"),
      validateAndTransformBody(AdminCreateRepairOrder),
      detail,
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/repair-orders/:id",
    middlewares: [requirePermission("repair_orders:read"), detail],
  },
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id",
    middlewares: [
      requirePermission("repair_orders:write"),
      validateAndTransformBody(AdminUpdateRepairOrder),
      detail,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/transition",
    middlewares: [
      requirePermission("repair_orders:write"),
      validateAndTransformBody(AdminTransitionRepairOrder),
      detail,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/assign",
    middlewares: [
      requirePermission("repair_orders:write"),
      validateAndTransformBody(AdminAssignRepairOrder),
      detail,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/work-logs",
    middlewares: [
      requirePermission("repair_orders:write"),
      validateAndTransformBody(AdminAddRepairWorkLog),
      detail,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/quality-check",
    middlewares: [
      requirePermission("repair_orders:approve"),
      validateAndTransformBody(AdminRepairQualityCheck),
      detail,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/repair-orders/:id/photos",
    bodyParser: false,
    middlewares: [requirePermission("repair_orders:write"), parseAttachmentUpload, detail],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-tickets/:id/repair-order",
    middlewares: [
      requirePermission("repair_orders:write"),
      validateAndTransformBody(AdminCreateRepairOrderFromTicket),
      detail,
    ],
  },
]
