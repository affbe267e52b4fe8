import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SparePartsModule from "../modules/spare-parts"

/** Read-only: `spare_part.variant_id` is the host variant that sells the part. */
export default defineLink(
  { linkable: SparePartsModule.linkable.sparePart, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
