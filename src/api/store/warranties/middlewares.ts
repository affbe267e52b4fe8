import { authenticate, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { storeListWarrantiesQueryConfig, storeWarrantyQueryConfig } from "./query-config"
import { StoreGetWarrantiesParams, StoreGetWarrantyParams } from "./validators"

const customerOnly = authenticate("customer", ["session", "bearer"])

/** Store warranty routes need a logged-in customer and only ever show their own units. */
export const storeWarrantyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/warranties",
    middlewares: [customerOnly, validateAndTransformQuery(StoreGetWarrantiesParams, storeListWarrantiesQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/warranties/:id",
    middlewares: [customerOnly, validateAndTransformQuery(StoreGetWarrantyParams, storeWarrantyQueryConfig)],
  },
]
