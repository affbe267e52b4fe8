import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { parseAttachmentUpload } from "../service-tickets/attachment-upload"
import { storeListRepairOrdersQueryConfig, storeRepairOrderQueryConfig } from "./query-config"
import {
  StoreCreateRepairOrder,
  StoreGetRepairOrderParams,
  StoreGetRepairOrdersParams,
  StoreRepairAcceptance,
  StoreRepairRating,
} from "./validators"

const customerOnly = authenticate("customer", ["session", "bearer"])

/** Every store repair route needs a logged-in customer and only shows their own repairs. */
export const storeRepairOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/repair-orders",
    middlewares: [
      customerOnly,
      validateAndTransformQuery(StoreGetRepairOrdersParams, storeListRepairOrdersQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/repair-orders",
    middlewares: [
      customerOnly,
      validateAndTransformBody(StoreCreateRepairOrder),
      validateAndTransformQuery(StoreGetRepairOrderParams, storeRepairOrderQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/repair-orders/:id",
    middlewares: [customerOnly],
  },
  {
    method: ["POST"],
    matcher: "/store/repair-orders/:id/photos",
    bodyParser: false,
    middlewares: [customerOnly, parseAttachmentUpload],
  },
  {
    method: ["POST"],
    matcher: "/store/repair-orders/:id/acceptance",
    middlewares: [customerOnly, validateAndTransformBody(StoreRepairAcceptance)],
  },
  {
    method: ["POST"],
    matcher: "/store/repair-orders/:id/rating",
    middlewares: [customerOnly, validateAndTransformBody(StoreRepairRating)],
  },
]
