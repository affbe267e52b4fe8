/** What a customer sees of their warranty units (no internal notes or metadata). */
export const storeWarrantyFields = [
  "id",
  "kind",
  "status",
  "order_id",
  "order_display_id",
  "line_item_id",
  "unit_index",
  "product_id",
  "variant_id",
  "product_title",
  "variant_title",
  "sku",
  "serial_number",
  "coverage",
  "duration_months",
  "purchased_at",
  "starts_at",
  "ends_at",
  "extends_registration_id",
  "voided_at",
  "created_at",
  "policy.id",
  "policy.name",
  "policy.conditions",
]

export const storeWarrantyQueryConfig = { defaults: storeWarrantyFields, allowed: storeWarrantyFields, isList: false }
export const storeListWarrantiesQueryConfig = { ...storeWarrantyQueryConfig, defaultLimit: 50, isList: true }
