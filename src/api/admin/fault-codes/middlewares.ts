import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listFaultCodesTransformQueryConfig,
  retrieveFaultCodeTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateFaultCode,
  AdminGetFaultCodeParams,
  AdminGetFaultCodesParams,
  AdminUpdateFaultCode,
} from "./validators"

const detail = validateAndTransformQuery(AdminGetFaultCodeParams, retrieveFaultCodeTransformQueryConfig)

/** Reading the catalogue is part of diagnosing (repair_orders:read); changing it is configuration. */
export const adminFaultCodeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/fault-codes",
    middlewares: [
      requirePermission("repair_orders:read"),
      validateAndTransformQuery(AdminGetFaultCodesParams, listFaultCodesTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/fault-codes",
    middlewares: [
      requirePermission("repair_orders:configure"),
      validateAndTransformBody(AdminCreateFaultCode),
      detail,
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/fault-codes/:id",
    middlewares: [requirePermission("repair_orders:read"), detail],
  },
  {
    method: ["POST"],
    matcher: "/admin/fault-codes/:id",
    middlewares: [
      requirePermission("repair_orders:configure"),
      validateAndTransformBody(AdminUpdateFaultCode),
      detail,
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/fault-codes/:id",
    middlewares: [requirePermission("repair_orders:configure")],
  },
]
