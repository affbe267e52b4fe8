import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  AdminCreatePartsQuote,
  AdminEmptyBody,
  AdminExportDemandParams,
  AdminGetPartDemandParams,
  AdminGetPartSalesParams,
} from "./parts-demand-validators"

const plainQuery = { defaults: [], isList: false }

/** Parts sales, quotes, demand history and forecasting routes under /admin/spare-parts. */
export const adminPartsDemandRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/spare-parts/quotes",
    middlewares: [requirePermission("spare_parts:write"), validateAndTransformBody(AdminCreatePartsQuote)],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/forecast",
    middlewares: [requirePermission("spare_parts:read")],
  },
  {
    method: ["POST"],
    matcher: "/admin/spare-parts/forecast",
    middlewares: [requirePermission("spare_parts:write"), validateAndTransformBody(AdminEmptyBody)],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/sales-backfill",
    middlewares: [requirePermission("spare_parts:read")],
  },
  {
    method: ["POST"],
    matcher: "/admin/spare-parts/sales-backfill",
    middlewares: [requirePermission("spare_parts:configure"), validateAndTransformBody(AdminEmptyBody)],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/demand/export",
    middlewares: [
      requirePermission("spare_parts:export"),
      validateAndTransformQuery(AdminExportDemandParams, plainQuery),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/:id/sales",
    middlewares: [
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetPartSalesParams, plainQuery),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/:id/demand",
    middlewares: [
      requirePermission("spare_parts:read"),
      validateAndTransformQuery(AdminGetPartDemandParams, plainQuery),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/spare-parts/:id/forecast",
    middlewares: [requirePermission("spare_parts:read")],
  },
  {
    method: ["POST"],
    matcher: "/admin/spare-parts/:id/forecast",
    middlewares: [requirePermission("spare_parts:write"), validateAndTransformBody(AdminEmptyBody)],
  },
]
