import { model } from "@medusajs/framework/utils"

export const SCRAP_REASONS = ["damaged", "defective_return", "obsolete", "expired"] as const
export type ScrapReason = (typeof SCRAP_REASONS)[number]

export const SCRAP_STATUSES = ["requested", "approved", "rejected", "disposed", "canceled"] as const
export type ScrapStatus = (typeof SCRAP_STATUSES)[number]

export const DISPOSAL_METHODS = ["recycle", "destroy", "return_to_supplier"] as const
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number]

/** Where an automatic scrap request came from. */
export const SCRAP_SOURCE_TYPES = ["manual", "return", "goods_receipt", "stocktake"] as const

/**
 * A request to write off units of a part at one stock location. The stock only leaves (scrap
 * row in the ledger, host inventory level down) when an approved request is disposed;
 * `written_off_value` is then quantity x the part's unit cost at that moment.
 */
const ScrapRequest = model
  .define("scrap_request", {
    id: model.id({ prefix: "scrap" }).primaryKey(),
    number: model.text().searchable(),
    part_id: model.text(),
    location_id: model.text(),
    quantity: model.number(),
    reason: model.enum([...SCRAP_REASONS]),
    /** [{ url, name }] of files uploaded through the host File module. */
    photos: model.json().nullable(),
    notes: model.text().nullable(),
    status: model.enum([...SCRAP_STATUSES]).default("requested"),
    requested_by: model.text().nullable(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    rejected_by: model.text().nullable(),
    rejected_at: model.dateTime().nullable(),
    rejection_reason: model.text().nullable(),
    disposal_method: model.enum([...DISPOSAL_METHODS]).nullable(),
    disposed_by: model.text().nullable(),
    disposed_at: model.dateTime().nullable(),
    canceled_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    unit_cost: model.bigNumber().nullable(),
    written_off_value: model.bigNumber().nullable(),
    currency_code: model.text().default("eur"),
    /**
     * Whether the units are counted in host inventory at the location. Items received as
     * damaged on a host return are not restocked by the host, so their request only writes
     * off the value on disposal; everything else leaves stock through a scrap ledger row.
     */
    in_stock: model.boolean().default(true),
    source_type: model.text().default("manual"),
    source_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["part_id"] },
    { on: ["status"] },
    { on: ["location_id"] },
    { on: ["source_type", "source_id"] },
  ])

export default ScrapRequest
