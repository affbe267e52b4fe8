export const defaultAdminSparePartFields = [
  "id",
  "part_number",
  "name",
  "model",
  "description",
  "specifications",
  "category",
  "unit_cost",
  "currency_code",
  "status",
  "superseded_by_id",
  "product_id",
  "variant_id",
  "inventory_item_id",
  "compatible_product_ids",
  "compatible_variant_ids",
  "metadata",
  "created_at",
  "updated_at",
]

export const defaultAdminPartSupplierFields = [
  "id",
  "supplier_part_number",
  "unit_price",
  "currency_code",
  "lead_time_days",
  "min_order_quantity",
  "pack_size",
  "is_preferred",
  "part_id",
  "supplier_id",
  "supplier.id",
  "supplier.code",
  "supplier.name",
  "supplier.lead_time_days",
  "supplier.currency_code",
  "created_at",
  "updated_at",
]

export const defaultAdminReorderPolicyFields = [
  "id",
  "part_id",
  "location_id",
  "method",
  "reorder_point",
  "safety_stock",
  "min_quantity",
  "max_quantity",
  "source",
  "follow_forecast",
  "created_at",
  "updated_at",
]

export const retrieveSparePartTransformQueryConfig = {
  defaults: [
    ...defaultAdminSparePartFields,
    ...defaultAdminPartSupplierFields.map((field) => `suppliers.${field}`),
    ...defaultAdminReorderPolicyFields.map((field) => `reorder_policies.${field}`),
    "product_variant.id",
    "product_variant.sku",
    "product_variant.title",
    "product_variant.product_id",
    "product_variant.product.title",
    "product_variant.product.handle",
    "inventory_item.id",
    "inventory_item.sku",
    "inventory_item.title",
  ],
  isList: false,
}

export const listSparePartsTransformQueryConfig = {
  defaults: defaultAdminSparePartFields,
  defaultLimit: 50,
  isList: true,
}

export const retrievePartSupplierTransformQueryConfig = {
  defaults: defaultAdminPartSupplierFields,
  isList: false,
}

export const listPartSuppliersTransformQueryConfig = {
  ...retrievePartSupplierTransformQueryConfig,
  defaultLimit: 100,
  isList: true,
}

export const retrieveReorderPolicyTransformQueryConfig = {
  defaults: defaultAdminReorderPolicyFields,
  isList: false,
}

export const listReorderPoliciesTransformQueryConfig = {
  ...retrieveReorderPolicyTransformQueryConfig,
  defaultLimit: 100,
  isList: true,
}
