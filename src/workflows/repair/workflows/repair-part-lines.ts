import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { statusAfterReturn } from "../../../lib/repair/costs"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { applyStockMovementsStep } from "../../spare-parts/steps/apply-stock-movements"
import { recordRepairCostActivitiesStep, touchRepairOrderForCostsStep } from "../steps/repair-cost-helpers"
import {
  createRepairPartLineStep,
  PrepareAddPartLineInput,
  prepareAddRepairPartLineStep,
  PreparedPartLineAction,
  prepareRepairPartLineActionStep,
  removeRepairPartReservationStep,
  reserveRepairPartStep,
  updateRepairPartLineStep,
} from "../steps/repair-part-lines"

/** Ledger reference of every stock movement a repair causes. */
export const REPAIR_ORDER_REFERENCE = "repair_order"

type Versioned = {
  /** The repair order version the caller saw: 409 when it changed meanwhile. */
  version?: number | null
  audit: AuditContext
}

export type AddRepairPartLineWorkflowInput = PrepareAddPartLineInput & Versioned
export type RepairPartLineActionWorkflowInput = { repair_order_id: string; line_id: string } & Versioned
export type ReturnRepairPartLineWorkflowInput = RepairPartLineActionWorkflowInput & { quantity: number }

const LINE_FIELDS = ["status", "quantity", "quantity_issued", "quantity_returned", "reservation_id", "location_id"]

function pick(record: Record<string, unknown>, fields: string[]) {
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]))
}

/** The tail every part line workflow shares: order version, timeline, audit, event. */
function recordPartLineChange(
  change: "part_line_added" | "part_line_reserved" | "part_line_issued" | "part_line_returned" | "part_line_canceled",
  input: { audit: AuditContext; version?: number | null },
  order: { id: string; number: string },
  line: { before: Record<string, unknown> | null; after: Record<string, unknown> },
  extra: Record<string, unknown> = {}
) {
  const name = change.replace(/_/g, "-")
  const touch = transform({ input, order }, ({ input, order }) => ({
    id: order.id,
    expected_version: input.version ?? null,
  }))
  touchRepairOrderForCostsStep(touch).config({ name: `touch-repair-order-${name}` })
  const activity = transform({ input, order, line, extra }, ({ input, order, line, extra }) => [
    {
      repair_order_id: order.id,
      type: change,
      audit: input.audit,
      data: {
        line_id: line.after.id,
        part_number: line.after.part_number,
        ...pick(line.after, ["status", "quantity", "quantity_issued", "quantity_returned"]),
        ...extra,
      },
    },
  ])
  recordRepairCostActivitiesStep(activity).config({ name: `record-repair-activity-${name}` })
  const audit = transform({ input, order, line, extra }, ({ input, order, line, extra }) => ({
    context: input.audit,
    action: `repair_order.${change}`,
    entity_type: "repair_order",
    entity_id: order.id,
    before: line.before ? pick(line.before, LINE_FIELDS) : null,
    after: pick(line.after, LINE_FIELDS),
    metadata: { line_id: line.after.id, part_number: line.after.part_number, ...extra },
  }))
  recordAuditEntryStep(audit).config({ name: `audit-repair-${name}` })
  const event = transform({ order, line }, ({ order, line }) => ({
    eventName: "repair_order.costs_changed",
    data: { id: order.id, number: order.number, change, line_id: line.after.id },
  }))
  emitEventStep(event).config({ name: `emit-repair-${name}` })
}

/** Plans a spare part for a repair (status planned; no stock moves yet). */
export const addRepairPartLineWorkflow = createWorkflow(
  "add-repair-part-line",
  (input: AddRepairPartLineWorkflowInput) => {
    const prepareInput = transform({ input }, ({ input }) => ({
      repair_order_id: input.repair_order_id,
      spare_part_id: input.spare_part_id,
      quantity: input.quantity,
      location_id: input.location_id,
      covered: input.covered,
      note: input.note,
    }))
    const prepared = prepareAddRepairPartLineStep(prepareInput)
    const created = createRepairPartLineStep(transform({ prepared }, ({ prepared }) => prepared.line))
    const order = transform({ prepared }, ({ prepared }) => prepared.order)
    const line = transform({ created }, ({ created }) => ({ before: null, after: created as any }))
    recordPartLineChange("part_line_added", input, order, line)
    return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created.id })))
  }
)

function actionInput(input: RepairPartLineActionWorkflowInput, action: string, quantity?: number) {
  return { repair_order_id: input.repair_order_id, line_id: input.line_id, action, quantity } as any
}

/** Sets the line's units aside with a host reservation (planned -> reserved). */
export const reserveRepairPartLineWorkflow = createWorkflow(
  "reserve-repair-part-line",
  (input: RepairPartLineActionWorkflowInput) => {
    const prepared = prepareRepairPartLineActionStep(
      transform({ input }, ({ input }) => actionInput(input, "reserve"))
    )
    const reservation = reserveRepairPartStep(
      transform({ prepared }, ({ prepared }) => ({
        repair_order: { id: prepared.order.id, number: prepared.order.number },
        line_id: prepared.line.id,
        part_number: prepared.line.part_number,
        inventory_item_id: prepared.inventory_item_id,
        location_id: prepared.line.location_id,
        location_name: prepared.location_name,
        quantity: prepared.line.quantity,
      }))
    )
    const updated = updateRepairPartLineStep(
      transform({ prepared, reservation }, ({ prepared, reservation }) => ({
        id: prepared.line.id,
        changes: { status: "reserved", reservation_id: reservation.id },
      }))
    )
    const order = transform({ prepared }, ({ prepared }) => prepared.order)
    recordPartLineChange("part_line_reserved", input, order, updated as any, {})
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.line.id })))
  }
)

function movementInput(
  prepared: PreparedPartLineAction,
  audit: AuditContext,
  type: "issue" | "return_to_stock",
  quantity: number
) {
  return {
    movements: [
      {
        part_id: prepared.line.spare_part_id,
        location_id: prepared.line.location_id,
        type,
        quantity,
        reference_type: REPAIR_ORDER_REFERENCE,
        reference_id: prepared.order.id,
        unit_cost: prepared.line.unit_cost,
        metadata: { repair_order_number: prepared.order.number, repair_part_line_id: prepared.line.id },
      },
    ],
    actor: { actor_type: audit.actor_type, actor_id: audit.actor_id },
  }
}

/**
 * Consumes the line's units: its reservation (if any) is removed and an `issue` movement
 * takes the units out of host stock and writes the ledger (reference repair_order). If any
 * later step fails (e.g. the repair order changed meanwhile: 409), the movement is reversed
 * and the reservation restored.
 */
export const issueRepairPartLineWorkflow = createWorkflow(
  "issue-repair-part-line",
  (input: RepairPartLineActionWorkflowInput) => {
    const prepared = prepareRepairPartLineActionStep(
      transform({ input }, ({ input }) => actionInput(input, "issue"))
    )
    removeRepairPartReservationStep(
      transform({ prepared }, ({ prepared }) => ({
        reservation_id: prepared.line.reservation_id,
        inventory_item_id: prepared.inventory_item_id,
      }))
    )
    const movements = applyStockMovementsStep(
      transform({ prepared, input }, ({ prepared, input }) =>
        movementInput(prepared, input.audit, "issue", -prepared.line.quantity)
      )
    )
    const updated = updateRepairPartLineStep(
      transform({ prepared }, ({ prepared }) => ({
        id: prepared.line.id,
        changes: { status: "issued", quantity_issued: prepared.line.quantity, reservation_id: null },
      }))
    )
    const order = transform({ prepared }, ({ prepared }) => prepared.order)
    const extra = transform({ movements }, ({ movements }) => ({ movement_ids: movements.map((row) => row.id) }))
    recordPartLineChange("part_line_issued", input, order, updated as any, extra as any)
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.line.id })))
  }
)

/** Puts unused issued units back into stock (`return_to_stock` movement). */
export const returnRepairPartLineWorkflow = createWorkflow(
  "return-repair-part-line",
  (input: ReturnRepairPartLineWorkflowInput) => {
    const prepared = prepareRepairPartLineActionStep(
      transform({ input }, ({ input }) => actionInput(input, "return", input.quantity))
    )
    const movements = applyStockMovementsStep(
      transform({ prepared, input }, ({ prepared, input }) =>
        movementInput(prepared, input.audit, "return_to_stock", input.quantity)
      )
    )
    const updated = updateRepairPartLineStep(
      transform({ prepared, input }, ({ prepared, input }) => ({
        id: prepared.line.id,
        changes: {
          quantity_returned: prepared.line.quantity_returned + input.quantity,
          status: statusAfterReturn(prepared.line, input.quantity),
        },
      }))
    )
    const order = transform({ prepared }, ({ prepared }) => prepared.order)
    const extra = transform({ movements, input }, ({ movements, input }) => ({
      returned: input.quantity,
      movement_ids: movements.map((row) => row.id),
    }))
    recordPartLineChange("part_line_returned", input, order, updated as any, extra as any)
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.line.id })))
  }
)

/** Drops a planned or reserved line; a reservation is released. */
export const cancelRepairPartLineWorkflow = createWorkflow(
  "cancel-repair-part-line",
  (input: RepairPartLineActionWorkflowInput) => {
    const prepared = prepareRepairPartLineActionStep(
      transform({ input }, ({ input }) => actionInput(input, "cancel"))
    )
    removeRepairPartReservationStep(
      transform({ prepared }, ({ prepared }) => ({
        reservation_id: prepared.line.reservation_id,
        inventory_item_id: prepared.inventory_item_id,
      }))
    )
    const updated = updateRepairPartLineStep(
      transform({ prepared }, ({ prepared }) => ({
        id: prepared.line.id,
        changes: { status: "canceled", reservation_id: null },
      }))
    )
    const order = transform({ prepared }, ({ prepared }) => prepared.order)
    recordPartLineChange("part_line_canceled", input, order, updated as any)
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.line.id })))
  }
)
