export const defaultAdminSupplierFields = [
  "id",
  "code",
  "name",
  "contact_name",
  "email",
  "phone",
  "address",
  "currency_code",
  "payment_terms",
  "lead_time_days",
  "is_active",
  "notes",
  "metadata",
  "created_at",
  "updated_at",
]

export const retrieveSupplierTransformQueryConfig = {
  defaults: [
    ...defaultAdminSupplierFields,
    "parts.id",
    "parts.supplier_part_number",
    "parts.unit_price",
    "parts.currency_code",
    "parts.lead_time_days",
    "parts.min_order_quantity",
    "parts.pack_size",
    "parts.is_preferred",
    "parts.part.id",
    "parts.part.part_number",
    "parts.part.name",
    "parts.part.status",
  ],
  isList: false,
}

export const listSuppliersTransformQueryConfig = {
  defaults: defaultAdminSupplierFields,
  defaultLimit: 50,
  isList: true,
}
