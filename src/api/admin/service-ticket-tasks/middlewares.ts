import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listTicketTasksTransformQueryConfig,
  retrieveTicketTaskTransformQueryConfig,
} from "./query-config"
import {
  AdminCancelTicketTask,
  AdminCompleteTicketTask,
  AdminCreateTicketTask,
  AdminGetTicketTaskParams,
  AdminGetTicketTasksOfTicketParams,
  AdminGetTicketTasksParams,
  AdminUpdateTicketTask,
} from "./validators"

/** Follow-up and revisit tasks: across tickets, and per ticket under /admin/service-tickets/:id/tasks. */
export const adminTicketTaskRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-ticket-tasks",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(AdminGetTicketTasksParams, listTicketTasksTransformQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/service-ticket-tasks/:id",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(AdminGetTicketTaskParams, retrieveTicketTaskTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-ticket-tasks/:id",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminUpdateTicketTask),
      validateAndTransformQuery(AdminGetTicketTaskParams, retrieveTicketTaskTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-ticket-tasks/:id/complete",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminCompleteTicketTask),
      validateAndTransformQuery(AdminGetTicketTaskParams, retrieveTicketTaskTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-ticket-tasks/:id/cancel",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminCancelTicketTask),
      validateAndTransformQuery(AdminGetTicketTaskParams, retrieveTicketTaskTransformQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/service-tickets/:id/tasks",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetTicketTasksOfTicketParams,
        listTicketTasksTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-tickets/:id/tasks",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminCreateTicketTask),
      validateAndTransformQuery(AdminGetTicketTaskParams, retrieveTicketTaskTransformQueryConfig),
    ],
  },
]
