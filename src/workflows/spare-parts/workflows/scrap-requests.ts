import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { applyStockMovementsStep } from "../steps/apply-stock-movements"
import { resolveDamagedReturnItemsStep } from "../steps/resolve-damaged-return-items"
import {
  changeScrapRequestStep,
  ChangeScrapRequestInput,
  createScrapRequestsStep,
  CreateScrapRequestInput,
  ScrapRequestRecord,
  validateScrapRequestStep,
} from "../steps/scrap-requests"

type NewScrapRequest = Omit<CreateScrapRequestInput, "requested_by">

const requestedEvents = (requests: ScrapRequestRecord[]) =>
  requests.map((request) => ({
    id: request.id,
    number: request.number,
    part_id: request.part_id,
    location_id: request.location_id,
    quantity: request.quantity,
    reason: request.reason,
    source_type: request.source_type,
    source_id: request.source_id,
  }))

/** Opens scrap requests (manual, or automatic from a return or receipt); status `requested`. */
export const createScrapRequestsWorkflow = createWorkflow(
  "create-scrap-requests",
  (input: { scrap_requests: NewScrapRequest[]; audit: AuditContext }) => {
    const requests = transform({ input }, ({ input }) =>
      input.scrap_requests.map((request) => ({ ...request, requested_by: input.audit.actor_id }))
    )
    const validated = validateScrapRequestStep(requests)
    const created = createScrapRequestsStep(validated)
    const auditEntries = transform({ input, created }, ({ input, created }) =>
      created.map((request) => ({
        context: input.audit,
        action: "scrap_request.requested",
        entity_type: "scrap_request",
        entity_id: request.id,
        after: request as unknown as Record<string, unknown>,
      }))
    )
    recordAuditEntriesStep(auditEntries)
    const event = transform({ created }, ({ created }) => ({
      eventName: "scrap_request.requested",
      data: requestedEvents(created),
    }))
    emitEventStep(event).config({ name: "emit-scrap-request-requested" })
    return new WorkflowResponse(created)
  }
)

type DecisionInput = Omit<ChangeScrapRequestInput, "actor_id" | "action"> & { audit: AuditContext }

function changeWorkflow(action: ChangeScrapRequestInput["action"], eventName: string) {
  return createWorkflow(`${action}-scrap-request`, (input: DecisionInput) => {
    const change = transform({ input }, ({ input }) => {
      const { audit, ...rest } = input
      return { ...rest, action, actor_id: audit.actor_id }
    })
    const changed = changeScrapRequestStep(change)

    // Disposing takes units counted in stock out of the host inventory, with a scrap ledger row.
    when({ changed }, ({ changed }) => action === "dispose" && changed.after.in_stock).then(() => {
      const movement = transform({ changed, input }, ({ changed, input }) => ({
        movements: [
          {
            part_id: changed.after.part_id,
            location_id: changed.after.location_id,
            type: "scrap" as const,
            quantity: -changed.after.quantity,
            reason: changed.after.reason,
            reference_type: "scrap_request",
            reference_id: changed.after.id,
            unit_cost: changed.after.unit_cost === null ? null : Number(changed.after.unit_cost),
            metadata: { number: changed.after.number, disposal_method: changed.after.disposal_method },
          },
        ],
        actor: { actor_type: input.audit.actor_type, actor_id: input.audit.actor_id },
      }))
      applyStockMovementsStep(movement)
    })

    const auditEntry = transform({ input, changed }, ({ input, changed }) => ({
      context: input.audit,
      action: eventName,
      entity_type: "scrap_request",
      entity_id: changed.after.id,
      before: changed.before as unknown as Record<string, unknown>,
      after: changed.after as unknown as Record<string, unknown>,
    }))
    recordAuditEntryStep(auditEntry)
    const event = transform({ changed, input }, ({ changed, input }) => ({
      eventName,
      data: {
        id: changed.after.id,
        number: changed.after.number,
        part_id: changed.after.part_id,
        location_id: changed.after.location_id,
        quantity: changed.after.quantity,
        status: changed.after.status,
        actor_id: input.audit.actor_id,
        ...(action === "dispose" && {
          disposal_method: changed.after.disposal_method,
          written_off_value: changed.after.written_off_value,
          currency_code: changed.after.currency_code,
        }),
      },
    }))
    emitEventStep(event).config({ name: `emit-scrap-request-${action}` })
    return new WorkflowResponse(changed.after)
  })
}

/** Approves a requested scrap request (scrap:approve; not by the requester). */
export const approveScrapRequestWorkflow = changeWorkflow("approve", "scrap_request.approved")
/** Rejects a requested scrap request with a reason (scrap:approve; not by the requester). */
export const rejectScrapRequestWorkflow = changeWorkflow("reject", "scrap_request.rejected")
/** Disposes of an approved request: stock out with a scrap ledger row, value written off. */
export const disposeScrapRequestWorkflow = changeWorkflow("dispose", "scrap_request.disposed")
/** Cancels a requested or approved scrap request. */
export const cancelScrapRequestWorkflow = changeWorkflow("cancel", "scrap_request.canceled")

/**
 * Opens `defective_return` scrap requests for the damaged units of spare parts received on
 * a host return (subscriber on `order.return_received`). Safe to run again for the same return.
 */
export const openScrapRequestsForReturnWorkflow = createWorkflow(
  "open-scrap-requests-for-return",
  (input: { order_id: string; return_id: string; audit: AuditContext }) => {
    const wanted = resolveDamagedReturnItemsStep(input)
    const created = when({ wanted }, ({ wanted }) => wanted.length > 0).then(() =>
      createScrapRequestsWorkflow.runAsStep({
        input: transform({ wanted, input }, ({ wanted, input }) => ({
          scrap_requests: wanted,
          audit: input.audit,
        })),
      })
    )
    return new WorkflowResponse(created as unknown as ScrapRequestRecord[] | undefined)
  }
)
