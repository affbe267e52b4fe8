import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createRepairActivitiesStep } from "../steps/create-repair-activities"
import { linkTicketToRepairStep } from "../steps/link-ticket-to-repair"
import {
  createRepairOrderStep,
  prepareRepairOrderStep,
  RepairOrderIntake,
} from "../steps/prepare-repair-order"
import { requestRepairReturnStep } from "../steps/request-repair-return"
import { updateRepairOrdersStep } from "../steps/update-repair-orders"
import { RepairActivityInput, repairActivityActor } from "../types"

export type CreateRepairOrderWorkflowInput = {
  repair_order: RepairOrderIntake
  audit: AuditContext
}

/**
 * Opens a repair order from the store, the admin or a service ticket: checks the host
 * order line, copies customer and product, snapshots the warranty entitlement, numbers it
 * (RO-000123), requests a host return when the customer ships the unit in, and links the
 * ticket it came from. Emits `repair_order.created`.
 */
export const createRepairOrderWorkflow = createWorkflow(
  "create-repair-order",
  (input: CreateRepairOrderWorkflowInput) => {
    const prepared = prepareRepairOrderStep(input.repair_order)
    const created = createRepairOrderStep(transform({ prepared }, ({ prepared }) => prepared.data))

    const returnInput = transform({ prepared, created }, ({ prepared, created }) =>
      prepared.return_request
        ? { ...prepared.return_request, repair_order_id: created.id, repair_number: created.number }
        : null
    )
    const returnId = requestRepairReturnStep(returnInput)
    const returnUpdate = transform({ created, returnId }, ({ created, returnId }) =>
      returnId ? [{ id: created.id, expected_version: null, changes: { return_id: returnId } }] : []
    )
    updateRepairOrdersStep(returnUpdate)

    linkTicketToRepairStep(
      transform({ input, created }, ({ input, created }) => ({
        ticket_id: input.repair_order.source === "ticket" ? input.repair_order.service_ticket_id ?? null : null,
        repair_order_id: created.id,
      }))
    )

    const activities = transform({ input, created, prepared, returnId }, (data) => {
      const list: RepairActivityInput[] = [
        {
          repair_order_id: data.created.id,
          type: "created",
          ...repairActivityActor(data.input.audit),
          to_stage: data.created.stage,
          is_public: true,
          data: {
            source: data.created.source,
            warranty_status: data.created.warranty_status,
            arrival_mode: data.created.arrival_mode,
            service_ticket_id: data.created.service_ticket_id ?? null,
          },
        },
      ]
      if (data.returnId) {
        list.push({
          repair_order_id: data.created.id,
          type: "return_requested",
          ...repairActivityActor(data.input.audit),
          is_public: true,
          data: { return_id: data.returnId },
        })
      }
      return list
    })
    createRepairActivitiesStep(activities)

    recordAuditEntryStep(
      transform({ input, created, returnId }, ({ input, created, returnId }) => ({
        context: input.audit,
        action: "repair_order.created",
        entity_type: "repair_order",
        entity_id: created.id,
        after: {
          number: created.number,
          source: created.source,
          customer_id: created.customer_id,
          order_id: created.order_id,
          line_item_id: created.line_item_id,
          serial_number: created.serial_number,
          warranty_status: created.warranty_status,
          stage: created.stage,
          return_id: returnId ?? null,
        },
      }))
    )

    emitEventStep(
      transform({ created }, ({ created }) => ({
        eventName: "repair_order.created",
        data: {
          id: created.id,
          number: created.number,
          source: created.source,
          customer_id: created.customer_id ?? null,
          order_id: created.order_id ?? null,
          line_item_id: created.line_item_id ?? null,
          warranty_status: created.warranty_status,
        },
      }))
    )

    return new WorkflowResponse(created)
  }
)
