import { model } from "@medusajs/framework/utils"

export const STOCK_MOVEMENT_TYPES = [
  "receipt",
  "issue",
  "return_to_stock",
  "transfer_out",
  "transfer_in",
  "adjustment",
  "scrap",
  "sale",
] as const
export type StockMovementType = (typeof STOCK_MOVEMENT_TYPES)[number]

/**
 * The stock-movement ledger: one row per change of host inventory made for a spare part.
 * `quantity` is signed (positive in, negative out) and equals the change of the host
 * inventory level at `location_id`. Rows are never updated or deleted (a compensation writes
 * a reversing row). Demand history for forecasting aggregates `issue` and `sale` rows.
 */
const StockMovement = model
  .define("stock_movement", {
    id: model.id({ prefix: "smov" }).primaryKey(),
    part_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    type: model.enum([...STOCK_MOVEMENT_TYPES]),
    quantity: model.number(),
    /** Why: adjustment reason, scrap reason, ... */
    reason: model.text().nullable(),
    /** What caused it: purchase_order, goods_receipt, repair_order, order, stocktake, scrap_request, transfer, manual. */
    reference_type: model.text().nullable(),
    reference_id: model.text().nullable(),
    /** Pairs the two rows of a transfer. */
    transfer_id: model.text().nullable(),
    unit_cost: model.bigNumber().nullable(),
    actor_type: model.text().nullable(),
    actor_id: model.text().nullable(),
    occurred_at: model.dateTime(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["part_id", "occurred_at"] },
    { on: ["location_id"] },
    { on: ["reference_type", "reference_id"] },
    { on: ["type"] },
  ])

export default StockMovement
