import { model } from "@medusajs/framework/utils"
import {
  WARRANTY_COVERAGES,
  WARRANTY_REGISTRATION_SOURCES,
  WARRANTY_REGISTRATION_STATUSES,
} from "../../../lib/warranty/constants"
import WarrantyPolicy from "./warranty-policy"

/**
 * One sold unit under one policy: an order line of quantity 3 gives three registrations
 * (`unit_index` 1..3). Units sold outside the store have no order and come from manual entry
 * or a CSV import. An extended warranty is a registration of kind `extended` that points at
 * the registration it extends and starts where that one ends.
 */
const WarrantyRegistration = model
  .define("warranty_registration", {
    id: model.id({ prefix: "wreg" }).primaryKey(),
    kind: model.enum(["standard", "extended"]).default("standard"),
    source: model.enum([...WARRANTY_REGISTRATION_SOURCES]).default("order"),
    status: model.enum([...WARRANTY_REGISTRATION_STATUSES]).default("pending"),
    customer_id: model.text().nullable(),
    /** Units sold elsewhere: who owns them when there is no host customer. */
    customer_email: model.text().searchable().nullable(),
    customer_name: model.text().searchable().nullable(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    line_item_id: model.text().nullable(),
    unit_index: model.number().default(1),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    product_title: model.text().searchable().nullable(),
    variant_title: model.text().nullable(),
    sku: model.text().searchable().nullable(),
    serial_number: model.text().searchable().nullable(),
    coverage: model.enum([...WARRANTY_COVERAGES]),
    duration_months: model.number(),
    purchased_at: model.dateTime(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    /** Extended registrations: the standard registration they extend. */
    extends_registration_id: model.text().nullable(),
    voided_at: model.dateTime().nullable(),
    void_reason: model.text().nullable(),
    expiring_notified_at: model.dateTime().nullable(),
    expired_notified_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    policy: model.belongsTo(() => WarrantyPolicy, { mappedBy: "registrations" }),
  })
  .indexes([
    {
      on: ["line_item_id", "unit_index", "kind"],
      unique: true,
      where: "deleted_at IS NULL AND line_item_id IS NOT NULL",
    },
    { on: ["serial_number"] },
    { on: ["customer_id"] },
    { on: ["order_id"] },
    { on: ["status", "ends_at"] },
    { on: ["extends_registration_id"] },
  ])

export default WarrantyRegistration
