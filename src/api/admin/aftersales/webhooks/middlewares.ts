import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../../utils/require-permission"
import {
  listWebhookDeliveriesTransformQueryConfig,
  listWebhooksTransformQueryConfig,
  retrieveWebhookDeliveryTransformQueryConfig,
  retrieveWebhookTransformQueryConfig,
} from "./query-config"
import {
  AdminCreateWebhook,
  AdminGetWebhookDeliveriesParams,
  AdminGetWebhookParams,
  AdminGetWebhooksParams,
  AdminUpdateWebhook,
} from "./validators"

const retrieveWebhookQuery = validateAndTransformQuery(
  AdminGetWebhookParams,
  retrieveWebhookTransformQueryConfig
)

export const adminWebhookRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/aftersales/webhooks",
    middlewares: [
      requirePermission("webhooks:read"),
      validateAndTransformQuery(
        AdminGetWebhooksParams,
        listWebhooksTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/aftersales/webhooks/:id",
    middlewares: [requirePermission("webhooks:read"), retrieveWebhookQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/aftersales/webhooks",
    middlewares: [
      requirePermission("webhooks:configure"),
      validateAndTransformBody(AdminCreateWebhook),
      retrieveWebhookQuery,
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/aftersales/webhooks/:id",
    middlewares: [
      requirePermission("webhooks:configure"),
      validateAndTransformBody(AdminUpdateWebhook),
      retrieveWebhookQuery,
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/aftersales/webhooks/:id",
    middlewares: [requirePermission("webhooks:configure")],
  },
  {
    method: ["POST"],
    matcher: "/admin/aftersales/webhooks/:id/rotate-secret",
    middlewares: [requirePermission("webhooks:configure"), retrieveWebhookQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/aftersales/webhooks/:id/test",
    middlewares: [
      requirePermission("webhooks:configure"),
      validateAndTransformQuery(
        AdminGetWebhookParams,
        retrieveWebhookDeliveryTransformQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/aftersales/webhooks/:id/deliveries",
    middlewares: [
      requirePermission("webhooks:read"),
      validateAndTransformQuery(
        AdminGetWebhookDeliveriesParams,
        listWebhookDeliveriesTransformQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/aftersales/webhook-deliveries/:id/redeliver",
    middlewares: [
      requirePermission("webhooks:configure"),
      validateAndTransformQuery(
        AdminGetWebhookParams,
        retrieveWebhookDeliveryTransformQueryConfig
      ),
    ],
  },
]
