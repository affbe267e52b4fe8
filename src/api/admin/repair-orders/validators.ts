import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  REPAIR_ARRIVAL_MODES,
  REPAIR_OUTCOMES,
  REPAIR_PRIORITIES,
  REPAIR_STAGE_CATEGORIES,
  REPAIR_WARRANTY_STATUSES,
} from "../../../lib/repair/constants"
import { QUALITY_CHECK_OUTCOMES } from "../../../lib/repair/lifecycle"

const stringOrList = z.union([z.string(), z.array(z.string())]).optional()

function enumOrList<T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.array(z.enum(values))]).optional()
}

const dateParam = z.coerce.date({ message: "Give dates as ISO dates, e.g. 2026-11-26." }).optional()
const expectedVersion = z.number().int().min(1).optional()
const text = (max: number) => z.string().trim().max(max)
const faultCode = z.string().trim().min(1).max(50)

export const AdminGetRepairOrderParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetRepairOrdersParamsType = z.infer<typeof AdminGetRepairOrdersParams>
export const AdminGetRepairOrdersParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})
  .merge(
    z.object({
      q: z.string().trim().max(200).optional(),
      id: stringOrList,
      number: stringOrList,
      stage: stringOrList,
      stage_category: enumOrList(REPAIR_STAGE_CATEGORIES),
      /** `technician_id=null` lists unassigned repairs. */
      technician_id: z
        .union([z.string(), z.array(z.string())])
        .transform((value) => (value === "null" ? null : value))
        .optional(),
      customer_id: stringOrList,
      order_id: stringOrList,
      line_item_id: stringOrList,
      serial_number: stringOrList,
      product_id: stringOrList,
      service_ticket_id: stringOrList,
      /** Repairs diagnosed with this fault code (any of them when several are given). */
      fault_code: stringOrList,
      warranty_status: enumOrList(REPAIR_WARRANTY_STATUSES),
      priority: enumOrList(REPAIR_PRIORITIES),
      outcome: enumOrList(REPAIR_OUTCOMES),
      source: enumOrList(["store", "admin", "ticket"] as const),
      created_from: dateParam,
      created_to: dateParam,
      completed_from: dateParam,
      completed_to: dateParam,
    })
  )
  .strict()

export type AdminCreateRepairOrderType = z.infer<typeof AdminCreateRepairOrder>
export const AdminCreateRepairOrder = z
  .object({
    customer_id: z.string().min(1).nullish(),
    order_id: z.string().min(1).nullish(),
    line_item_id: z.string().min(1).nullish(),
    unit_index: z.number().int().min(1).nullish(),
    serial_number: text(100).min(1).nullish(),
    customer_email: z.string().trim().email().nullish(),
    customer_name: text(200).min(1).nullish(),
    product_id: z.string().min(1).nullish(),
    variant_id: z.string().min(1).nullish(),
    product_title: text(255).min(1).nullish(),
    fault_description: text(5000).min(1, { message: "Describe the fault." }),
    fault_codes: z.array(faultCode).max(20).optional(),
    intake_condition: text(2000).nullish(),
    accessories: text(1000).nullish(),
    priority: z.enum(REPAIR_PRIORITIES).optional(),
    arrival_mode: z.enum(REPAIR_ARRIVAL_MODES).optional(),
    location_id: z.string().min(1).nullish(),
    service_ticket_id: z.string().min(1).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
  .refine((body) => !body.line_item_id || !!body.order_id, {
    message: "Give the order (order_id) the line item belongs to.",
    path: ["order_id"],
  })

export type AdminCreateRepairOrderFromTicketType = z.infer<typeof AdminCreateRepairOrderFromTicket>
export const AdminCreateRepairOrderFromTicket = z
  .object({
    line_item_id: z.string().min(1).nullish(),
    unit_index: z.number().int().min(1).nullish(),
    serial_number: text(100).min(1).nullish(),
    fault_description: text(5000).min(1).optional(),
    fault_codes: z.array(faultCode).max(20).optional(),
    intake_condition: text(2000).nullish(),
    accessories: text(1000).nullish(),
    priority: z.enum(REPAIR_PRIORITIES).optional(),
    arrival_mode: z.enum(REPAIR_ARRIVAL_MODES).optional(),
    location_id: z.string().min(1).nullish(),
  })
  .strict()

export type AdminUpdateRepairOrderType = z.infer<typeof AdminUpdateRepairOrder>
export const AdminUpdateRepairOrder = z
  .object({
    fault_description: text(5000).min(1).optional(),
    intake_condition: text(2000).nullish(),
    accessories: text(1000).nullish(),
    priority: z.enum(REPAIR_PRIORITIES).optional(),
    planned_start_at: z.coerce.date().nullish(),
    planned_end_at: z.coerce.date().nullish(),
    findings: text(10000).nullish(),
    repair_plan: text(10000).nullish(),
    fault_codes: z.array(faultCode).max(20).optional(),
    location_id: z.string().min(1).nullish(),
    serial_number: text(100).min(1).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    version: expectedVersion,
  })
  .strict()

export type AdminTransitionRepairOrderType = z.infer<typeof AdminTransitionRepairOrder>
export const AdminTransitionRepairOrder = z
  .object({
    to_stage: z.string().min(1, { message: "Name the stage (its key) to move the repair order to." }),
    version: expectedVersion,
    note: text(2000).nullish(),
    /** Completing (quality_check -> completed) records a passed quality check with this outcome. */
    outcome: z.enum(QUALITY_CHECK_OUTCOMES).optional(),
    resolution_notes: text(5000).nullish(),
  })
  .strict()

export type AdminAssignRepairOrderType = z.infer<typeof AdminAssignRepairOrder>
export const AdminAssignRepairOrder = z
  .object({
    technician_id: z.string().min(1).nullable(),
    planned_start_at: z.coerce.date().nullish(),
    planned_end_at: z.coerce.date().nullish(),
    version: expectedVersion,
  })
  .strict()

export type AdminAddRepairWorkLogType = z.infer<typeof AdminAddRepairWorkLog>
export const AdminAddRepairWorkLog = z
  .object({
    note: text(5000).min(1, { message: "Say what was done." }),
    minutes: z.number().int().min(0).max(24 * 60),
    started_at: z.coerce.date().nullish(),
    technician_id: z.string().min(1).nullish(),
  })
  .strict()

export type AdminRepairQualityCheckType = z.infer<typeof AdminRepairQualityCheck>
export const AdminRepairQualityCheck = z
  .object({
    passed: z.boolean(),
    notes: text(5000).nullish(),
    outcome: z.enum(QUALITY_CHECK_OUTCOMES).optional(),
    resolution_notes: text(5000).nullish(),
    version: expectedVersion,
  })
  .strict()
  .refine((body) => !body.passed || !!body.outcome, {
    message: "A passed quality check needs the outcome: repaired, no_fault_found or beyond_economical_repair.",
    path: ["outcome"],
  })
