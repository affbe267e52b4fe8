import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listBusinessCalendarsTransformQueryConfig,
  retrieveBusinessCalendarTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateBusinessCalendar,
  AdminGetBusinessCalendarParams,
  AdminGetBusinessCalendarsParams,
  AdminUpdateBusinessCalendar,
} from "./validators"

export const adminBusinessCalendarRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/business-calendars",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetBusinessCalendarsParams,
        listBusinessCalendarsTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/business-calendars",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminCreateBusinessCalendar),
      validateAndTransformQuery(
        AdminGetBusinessCalendarParams,
        retrieveBusinessCalendarTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/business-calendars/:id",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetBusinessCalendarParams,
        retrieveBusinessCalendarTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/business-calendars/:id",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminUpdateBusinessCalendar),
      validateAndTransformQuery(
        AdminGetBusinessCalendarParams,
        retrieveBusinessCalendarTransformQueryConfig
      ),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/business-calendars/:id",
    middlewares: [requirePermission("service_tickets:configure")],
  },
]
