import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import {
  listTicketPipelinesTransformQueryConfig,
  retrieveTicketPipelineTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateTicketPipeline,
  AdminGetTicketPipelineParams,
  AdminGetTicketPipelinesParams,
  AdminUpdateTicketPipeline,
} from "./validators"

export const adminTicketPipelineRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-ticket-pipelines",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetTicketPipelinesParams,
        listTicketPipelinesTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-ticket-pipelines",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminCreateTicketPipeline),
      validateAndTransformQuery(
        AdminGetTicketPipelineParams,
        retrieveTicketPipelineTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/service-ticket-pipelines/:id",
    middlewares: [
      requirePermission("service_tickets:read"),
      validateAndTransformQuery(
        AdminGetTicketPipelineParams,
        retrieveTicketPipelineTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-ticket-pipelines/:id",
    middlewares: [
      requirePermission("service_tickets:configure"),
      validateAndTransformBody(AdminUpdateTicketPipeline),
      validateAndTransformQuery(
        AdminGetTicketPipelineParams,
        retrieveTicketPipelineTransformQueryConfig
      ),
    ],
  },
]
