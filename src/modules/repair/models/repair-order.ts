import { model } from "@medusajs/framework/utils"
import {
  REPAIR_ARRIVAL_MODES,
  REPAIR_OUTCOMES,
  REPAIR_PRIORITIES,
  REPAIR_QUOTE_STATUSES,
  REPAIR_SOURCES,
  REPAIR_STAGE_CATEGORIES,
  REPAIR_WARRANTY_STATUSES,
} from "../../../lib/repair/constants"
import RepairActivity from "./repair-activity"
import RepairLabourLine from "./repair-labour-line"
import RepairPartLine from "./repair-part-line"
import RepairWorkLog from "./repair-work-log"

/**
 * A repair (RMA). `number` (RO-000123) comes from a sequence created in the migration;
 * `version` grows with every change and guards concurrent updates. `entitlement` is the
 * warranty check as it stood at intake, so later policy edits do not rewrite history.
 */
const RepairOrder = model
  .define("repair_order", {
    id: model.id({ prefix: "rord" }).primaryKey(),
    number: model.text().searchable(),
    source: model.enum([...REPAIR_SOURCES]).default("admin"),
    customer_id: model.text().nullable(),
    customer_email: model.text().searchable().nullable(),
    customer_name: model.text().searchable().nullable(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    line_item_id: model.text().nullable(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    product_title: model.text().searchable().nullable(),
    product_category_ids: model.array(),
    serial_number: model.text().searchable().nullable(),
    warranty_registration_id: model.text().nullable(),
    warranty_status: model.enum([...REPAIR_WARRANTY_STATUSES]).default("unknown"),
    entitlement: model.json().nullable(),
    service_ticket_id: model.text().nullable(),
    fault_description: model.text().searchable(),
    /** `[{ id, url, name }]` of files stored through the host File module. */
    photos: model.json().nullable(),
    intake_condition: model.text().nullable(),
    accessories: model.text().nullable(),
    priority: model.enum([...REPAIR_PRIORITIES]).default("normal"),
    arrival_mode: model.enum([...REPAIR_ARRIVAL_MODES]).default("drop_off"),
    /** Ship-in: the host return that brings the unit in. */
    return_id: model.text().nullable(),
    location_id: model.text().nullable(),
    pipeline_key: model.text(),
    stage: model.text(),
    stage_category: model.enum([...REPAIR_STAGE_CATEGORIES]),
    technician_id: model.text().nullable(),
    planned_start_at: model.dateTime().nullable(),
    planned_end_at: model.dateTime().nullable(),
    fault_codes: model.array(),
    findings: model.text().searchable().nullable(),
    repair_plan: model.text().nullable(),
    currency_code: model.text().default("eur"),
    quote_status: model.enum([...REPAIR_QUOTE_STATUSES]).default("none"),
    quote_amount: model.bigNumber().nullable(),
    quote_note: model.text().nullable(),
    quoted_at: model.dateTime().nullable(),
    quote_decided_at: model.dateTime().nullable(),
    /** The host draft order the customer pays the accepted quote through. */
    draft_order_id: model.text().nullable(),
    quality_check_by: model.text().nullable(),
    quality_check_at: model.dateTime().nullable(),
    quality_check_passed: model.boolean().nullable(),
    quality_check_notes: model.text().nullable(),
    outcome: model.enum([...REPAIR_OUTCOMES]).nullable(),
    resolution_notes: model.text().nullable(),
    /** Replacement outcome: the host claim that ships the new unit. */
    claim_id: model.text().nullable(),
    customer_accepted_at: model.dateTime().nullable(),
    customer_rating: model.number().nullable(),
    customer_feedback: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    returned_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    version: model.number().default(1),
    metadata: model.json().nullable(),
    part_lines: model.hasMany(() => RepairPartLine, { mappedBy: "repair_order" }),
    labour_lines: model.hasMany(() => RepairLabourLine, { mappedBy: "repair_order" }),
    work_logs: model.hasMany(() => RepairWorkLog, { mappedBy: "repair_order" }),
    activities: model.hasMany(() => RepairActivity, { mappedBy: "repair_order" }),
  })
  .indexes([
    { on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"] },
    { on: ["order_id"] },
    { on: ["line_item_id"] },
    { on: ["serial_number"] },
    { on: ["technician_id"] },
    { on: ["stage_category"] },
    { on: ["pipeline_key", "stage"] },
    { on: ["created_at"] },
    { on: ["service_ticket_id"] },
  ])
  .cascades({ delete: ["part_lines", "labour_lines", "work_logs", "activities"] })

export default RepairOrder
