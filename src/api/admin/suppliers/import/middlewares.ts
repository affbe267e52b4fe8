import {
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { requirePermission } from "../../../utils/require-permission"
import { AdminImportSuppliers } from "./validators"

/** CSV import and export of suppliers (the rest of /admin/suppliers lives beside it). */
export const adminSupplierCsvRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/suppliers/import",
    middlewares: [requirePermission("suppliers:write"), validateAndTransformBody(AdminImportSuppliers)],
  },
  {
    method: ["GET"],
    matcher: "/admin/suppliers/export",
    middlewares: [requirePermission("suppliers:export")],
  },
]
