import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listServiceTicketsTransformQueryConfig,
  listTicketMessagesTransformQueryConfig,
  retrieveServiceTicketTransformQueryConfig,
  retrieveTicketMessageTransformQueryConfig,
} from "./query-config"
import {
  AdminAddTicketMessage,
  AdminAssignServiceTicket,
  AdminBulkAssignServiceTickets,
  AdminCreateServiceTicket,
  AdminGetServiceTicketParams,
  AdminGetServiceTicketsParams,
  AdminGetTicketMessagesParams,
  AdminTransitionServiceTicket,
  AdminUpdateServiceTicket,
} from "./validators"

export const adminServiceTicketRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-tickets",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetServiceTicketsParams,
        listServiceTicketsTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-tickets",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminCreateServiceTicket),
      validateAndTransformQuery(
        AdminGetServiceTicketParams,
        retrieveServiceTicketTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-tickets/assign",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminBulkAssignServiceTickets),
      validateAndTransformQuery(
        AdminGetServiceTicketsParams,
        listServiceTicketsTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/service-tickets/:id",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetServiceTicketParams,
        retrieveServiceTicketTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-tickets/:id",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminUpdateServiceTicket),
      validateAndTransformQuery(
        AdminGetServiceTicketParams,
        retrieveServiceTicketTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-tickets/:id/transition",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminTransitionServiceTicket),
      validateAndTransformQuery(
        AdminGetServiceTicketParams,
        retrieveServiceTicketTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-tickets/:id/assign",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminAssignServiceTicket),
      validateAndTransformQuery(
        AdminGetServiceTicketParams,
        retrieveServiceTicketTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/service-tickets/:id/messages",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetTicketMessagesParams,
        listTicketMessagesTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-tickets/:id/messages",
    middlewares: [
      requirePermission("service_tickets:write"),
      validateAndTransformBody(AdminAddTicketMessage),
      validateAndTransformQuery(
        AdminGetServiceTicketParams,
        retrieveTicketMessageTransformQueryConfig
      ),
    ],
  },
]
