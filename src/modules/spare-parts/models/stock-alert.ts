import { model } from "@medusajs/framework/utils"

export const STOCK_ALERT_TYPES = ["low_stock", "stockout"] as const
export type StockAlertType = (typeof STOCK_ALERT_TYPES)[number]

export const STOCK_ALERT_STATUSES = ["open", "acknowledged", "resolved"] as const
export type StockAlertStatus = (typeof STOCK_ALERT_STATUSES)[number]

/**
 * A part at a location at or below its reorder point (low_stock) or at zero available
 * (stockout). At most one unresolved alert per part, location and type (unique partial
 * index): it is raised once and resolves itself when the stock recovers.
 */
const StockAlert = model
  .define("stock_alert", {
    id: model.id({ prefix: "salrt" }).primaryKey(),
    part_id: model.text(),
    location_id: model.text(),
    type: model.enum([...STOCK_ALERT_TYPES]),
    status: model.enum([...STOCK_ALERT_STATUSES]).default("open"),
    /** Available units (stocked − reserved) when the alert was raised. */
    available: model.number(),
    reorder_point: model.number(),
    /** Units to requisition, from the reorder policy and incoming stock, when raised. */
    suggested_quantity: model.number().default(0),
    raised_at: model.dateTime(),
    acknowledged_by: model.text().nullable(),
    acknowledged_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    /** "recovered" when stock came back, else the note of the person who resolved it. */
    resolution_note: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    {
      on: ["part_id", "location_id", "type"],
      unique: true,
      where: "status IN ('open', 'acknowledged') AND deleted_at IS NULL",
    },
    { on: ["status", "raised_at"] },
    { on: ["location_id"] },
  ])

export default StockAlert
