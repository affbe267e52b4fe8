import { createOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { recordRepairCostActivitiesStep, touchRepairOrderForCostsStep } from "../steps/repair-cost-helpers"
import {
  notifyCustomerOfRepairQuoteStep,
  prepareRepairQuoteDecisionStep,
  prepareRepairQuoteStep,
  QUOTE_PENDING_STAGE,
  resolveRepairQuoteDraftOrderStep,
} from "../steps/repair-quote"
import { transitionRepairOrderWorkflow } from "./transition-repair-order"

export type SendRepairQuoteWorkflowInput = {
  repair_order_id: string
  amount?: number | null
  note?: string | null
  version?: number | null
  audit: AuditContext
}

/**
 * Sends the customer a quote: quote_status pending with amount and time, the repair moves to
 * quote_pending through its pipeline (a repair already there gets the quote replaced), the
 * customer is e-mailed. Emits `repair_order.quoted`.
 */
export const sendRepairQuoteWorkflow = createWorkflow(
  "send-repair-quote",
  (input: SendRepairQuoteWorkflowInput) => {
    const prepared = prepareRepairQuoteStep(
      transform({ input }, ({ input }) => ({
        repair_order_id: input.repair_order_id,
        amount: input.amount,
        note: input.note,
        version: input.version,
      }))
    )
    const changes = transform({ prepared }, ({ prepared }) => ({
      quote_status: "pending",
      quote_amount: prepared.amount,
      quote_note: prepared.note,
      quoted_at: new Date(),
      quote_decided_at: null,
    }))
    when({ prepared }, ({ prepared }) => prepared.requote).then(() => {
      touchRepairOrderForCostsStep(
        transform({ prepared, changes }, ({ prepared, changes }) => ({
          id: prepared.id,
          expected_version: prepared.version,
          changes,
        }))
      ).config({ name: "requote-repair-order" })
    })
    when({ prepared }, ({ prepared }) => !prepared.requote).then(() => {
      transitionRepairOrderWorkflow.runAsStep({
        input: transform({ input, prepared, changes }, ({ input, prepared, changes }) => ({
          id: prepared.id,
          to_stage: QUOTE_PENDING_STAGE,
          expected_version: prepared.version,
          extra_changes: changes,
          note: prepared.note,
          activity_data: { quote_amount: prepared.amount, currency_code: prepared.currency_code },
          audit: input.audit,
        })),
      })
    })
    recordRepairCostActivitiesStep(
      transform({ input, prepared }, ({ input, prepared }) => [
        {
          repair_order_id: prepared.id,
          type: "quote_sent",
          audit: input.audit,
          is_public: true,
          data: {
            amount: prepared.amount,
            currency_code: prepared.currency_code,
            note: prepared.note,
            costs: prepared.costs,
            requote: prepared.requote,
          },
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        context: input.audit,
        action: "repair_order.quoted",
        entity_type: "repair_order",
        entity_id: prepared.id,
        before: null,
        after: { quote_status: "pending", quote_amount: prepared.amount, currency_code: prepared.currency_code },
        metadata: { costs: prepared.costs, note: prepared.note },
      }))
    )
    emitEventStep(
      transform({ prepared }, ({ prepared }) => ({
        eventName: "repair_order.quoted",
        data: {
          id: prepared.id,
          number: prepared.number,
          amount: prepared.amount,
          currency_code: prepared.currency_code,
        },
      }))
    ).config({ name: "emit-repair-order-quoted" })
    notifyCustomerOfRepairQuoteStep(
      transform({ prepared }, ({ prepared }) => ({
        repair_order: {
          id: prepared.id,
          number: prepared.number,
          customer_id: prepared.customer_id,
          customer_email: prepared.customer_email,
        },
        amount: prepared.amount,
        currency_code: prepared.currency_code,
        note: prepared.note,
        version: prepared.version,
      }))
    )
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.id, amount: prepared.amount })))
  }
)

export type DecideRepairQuoteWorkflowInput = {
  repair_order_id: string
  customer_id: string
  note?: string | null
  audit: AuditContext
}

/**
 * The customer accepts the quote: a host draft order for the quote amount is created (the
 * customer pays through it), quote_status accepted, the repair moves to awaiting_parts while a
 * part line is only planned, else to in_repair. Emits `repair_order.quote_accepted`.
 */
export const acceptRepairQuoteWorkflow = createWorkflow(
  "accept-repair-quote",
  (input: DecideRepairQuoteWorkflowInput) => {
    const decision = prepareRepairQuoteDecisionStep(
      transform({ input }, ({ input }) => ({
        repair_order_id: input.repair_order_id,
        customer_id: input.customer_id,
        decision: "accept" as const,
      }))
    )
    const orderInput = resolveRepairQuoteDraftOrderStep(decision)
    const draftOrder = createOrderWorkflow.runAsStep({ input: orderInput as any })
    transitionRepairOrderWorkflow.runAsStep({
      input: transform({ input, decision, draftOrder }, ({ input, decision, draftOrder }) => ({
        id: decision.id,
        to_stage: decision.next_stage,
        expected_version: decision.version,
        extra_changes: {
          quote_status: "accepted",
          quote_decided_at: new Date(),
          draft_order_id: draftOrder.id,
        },
        note: input.note ?? null,
        activity_data: { quote: "accepted", draft_order_id: draftOrder.id },
        audit: input.audit,
      })),
    })
    recordAuditEntryStep(
      transform({ input, decision, draftOrder }, ({ input, decision, draftOrder }) => ({
        context: input.audit,
        action: "repair_order.quote_accepted",
        entity_type: "repair_order",
        entity_id: decision.id,
        before: { quote_status: "pending", draft_order_id: null },
        after: { quote_status: "accepted", draft_order_id: draftOrder.id },
        metadata: { amount: decision.amount, currency_code: decision.currency_code },
      }))
    )
    emitEventStep(
      transform({ decision, draftOrder }, ({ decision, draftOrder }) => ({
        eventName: "repair_order.quote_accepted",
        data: { id: decision.id, number: decision.number, draft_order_id: draftOrder.id },
      }))
    ).config({ name: "emit-repair-order-quote-accepted" })
    return new WorkflowResponse(
      transform({ decision, draftOrder }, ({ decision, draftOrder }) => ({
        id: decision.id,
        draft_order_id: draftOrder.id,
      }))
    )
  }
)

/**
 * The customer declines the quote: quote_status declined and the repair is canceled through
 * its pipeline, which gives its reserved parts back. Emits `repair_order.quote_declined` (and
 * the transition's `repair_order.canceled`).
 */
export const declineRepairQuoteWorkflow = createWorkflow(
  "decline-repair-quote",
  (input: DecideRepairQuoteWorkflowInput) => {
    const decision = prepareRepairQuoteDecisionStep(
      transform({ input }, ({ input }) => ({
        repair_order_id: input.repair_order_id,
        customer_id: input.customer_id,
        decision: "decline" as const,
      }))
    )
    transitionRepairOrderWorkflow.runAsStep({
      input: transform({ input, decision }, ({ input, decision }) => ({
        id: decision.id,
        to_stage: decision.next_stage,
        expected_version: decision.version,
        extra_changes: { quote_status: "declined", quote_decided_at: new Date() },
        note: input.note ?? null,
        activity_data: { quote: "declined" },
        audit: input.audit,
      })),
    })
    recordAuditEntryStep(
      transform({ input, decision }, ({ input, decision }) => ({
        context: input.audit,
        action: "repair_order.quote_declined",
        entity_type: "repair_order",
        entity_id: decision.id,
        before: { quote_status: "pending" },
        after: { quote_status: "declined" },
        metadata: input.note ? { note: input.note } : null,
      }))
    )
    emitEventStep(
      transform({ decision }, ({ decision }) => ({
        eventName: "repair_order.quote_declined",
        data: { id: decision.id, number: decision.number },
      }))
    ).config({ name: "emit-repair-order-quote-declined" })
    return new WorkflowResponse(transform({ decision }, ({ decision }) => ({ id: decision.id })))
  }
)
