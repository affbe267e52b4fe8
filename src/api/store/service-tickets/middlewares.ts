import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { parseAttachmentUpload } from "./attachment-upload"
import {
  storeListServiceTicketsQueryConfig,
  storeServiceTicketQueryConfig,
} from "./query-config"
import {
  StoreAddTicketMessage,
  StoreCreateServiceTicket,
  StoreGetServiceTicketParams,
  StoreGetServiceTicketsParams,
  StoreTicketAction,
} from "./validators"

const customerOnly = authenticate("customer", ["session", "bearer"])

/** Every store ticket route needs a logged-in customer and only ever shows their own tickets. */
export const storeServiceTicketRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/service-tickets",
    middlewares: [
      customerOnly,
      validateAndTransformQuery(StoreGetServiceTicketsParams, storeListServiceTicketsQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/service-tickets",
    middlewares: [
      customerOnly,
      validateAndTransformBody(StoreCreateServiceTicket),
      validateAndTransformQuery(StoreGetServiceTicketParams, storeServiceTicketQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/service-tickets/:id",
    middlewares: [
      customerOnly,
      validateAndTransformQuery(StoreGetServiceTicketParams, storeServiceTicketQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/service-tickets/:id/messages",
    middlewares: [
      customerOnly,
      validateAndTransformBody(StoreAddTicketMessage),
      validateAndTransformQuery(StoreGetServiceTicketParams, storeServiceTicketQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/service-tickets/:id/attachments",
    bodyParser: false,
    middlewares: [customerOnly, parseAttachmentUpload],
  },
  {
    method: ["POST"],
    matcher: "/store/service-tickets/:id/close",
    middlewares: [
      customerOnly,
      validateAndTransformBody(StoreTicketAction),
      validateAndTransformQuery(StoreGetServiceTicketParams, storeServiceTicketQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/service-tickets/:id/reopen",
    middlewares: [
      customerOnly,
      validateAndTransformBody(StoreTicketAction),
      validateAndTransformQuery(StoreGetServiceTicketParams, storeServiceTicketQueryConfig),
    ],
  },
]
