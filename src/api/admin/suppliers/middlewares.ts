import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listSuppliersTransformQueryConfig,
  retrieveSupplierTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateSupplier,
  AdminGetSupplierParams,
  AdminGetSuppliersParams,
  AdminUpdateSupplier,
} from "./validators"

export const adminSupplierRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/suppliers",
    middlewares: [
      requirePermission("suppliers:read"),
      validateAndTransformQuery(AdminGetSuppliersParams, listSuppliersTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/suppliers",
    middlewares: [
      requirePermission("suppliers:write"),
      validateAndTransformBody(AdminCreateSupplier),
      validateAndTransformQuery(AdminGetSupplierParams, retrieveSupplierTransformQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/suppliers/:id",
    middlewares: [
      requirePermission("suppliers:read"),
      validateAndTransformQuery(AdminGetSupplierParams, retrieveSupplierTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/suppliers/:id",
    middlewares: [
      requirePermission("suppliers:write"),
      validateAndTransformBody(AdminUpdateSupplier),
      validateAndTransformQuery(AdminGetSupplierParams, retrieveSupplierTransformQueryConfig),
    ],
  },
]
