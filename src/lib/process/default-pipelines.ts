import { ANY_STAGE } from "./pipeline"
import type { PipelineDefinition, PipelineStage, PipelineTransition } from "./types"

function frozenPipeline(definition: PipelineDefinition): PipelineDefinition {
  return Object.freeze({
    ...definition,
    stages: Object.freeze(definition.stages.map((stage) => Object.freeze({ ...stage }))),
    transitions: Object.freeze(
      definition.transitions.map((transition) =>
        Object.freeze({
          ...transition,
          ...(transition.requires && { requires: Object.freeze([...transition.requires]) }),
        })
      )
    ),
  })
}

/**
 * Default pipeline for service tickets:
 * intake -> assigned -> in_progress <-> waiting_on_customer -> resolved -> closed,
 * reopen from resolved or closed to in_progress, cancel from any unfinished stage.
 * Deeply frozen; copy it (e.g. with structuredClone) to derive an edited pipeline.
 */
export const SERVICE_TICKET_PIPELINE: PipelineDefinition = frozenPipeline({
  key: "service_ticket",
  name: "Service ticket",
  stages: [
    { key: "intake", name: "Intake", category: "new", sla: "running", is_initial: true },
    { key: "assigned", name: "Assigned", category: "open", sla: "running" },
    { key: "in_progress", name: "In progress", category: "open", sla: "running" },
    {
      key: "waiting_on_customer",
      name: "Waiting on customer",
      category: "waiting",
      sla: "paused",
    },
    { key: "resolved", name: "Resolved", category: "resolved", sla: "paused" },
    { key: "closed", name: "Closed", category: "closed", sla: "paused" },
    { key: "canceled", name: "Canceled", category: "canceled", sla: "paused" },
  ],
  transitions: [
    { from: "intake", to: "assigned", name: "Assign" },
    { from: "assigned", to: "in_progress", name: "Start work" },
    { from: "in_progress", to: "waiting_on_customer", name: "Wait for customer" },
    { from: "waiting_on_customer", to: "in_progress", name: "Customer replied" },
    { from: "in_progress", to: "resolved", name: "Resolve" },
    { from: "waiting_on_customer", to: "resolved", name: "Resolve" },
    { from: "resolved", to: "closed", name: "Close" },
    { from: "resolved", to: "in_progress", name: "Reopen" },
    { from: "closed", to: "in_progress", name: "Reopen" },
    { from: ANY_STAGE, to: "canceled", name: "Cancel" },
  ],
})

const REPAIR_ORDER_STAGES: PipelineStage[] = [
  { key: "requested", name: "Requested", category: "new", sla: "running", is_initial: true },
  { key: "approved", name: "Approved", category: "open", sla: "running" },
  { key: "rejected", name: "Rejected", category: "closed", sla: "paused" },
  { key: "awaiting_unit", name: "Awaiting unit", category: "waiting", sla: "paused" },
  { key: "received", name: "Unit received", category: "open", sla: "running" },
  { key: "diagnosing", name: "Diagnosing", category: "open", sla: "running" },
  { key: "quote_pending", name: "Quote pending", category: "waiting", sla: "paused" },
  { key: "awaiting_parts", name: "Awaiting parts", category: "waiting", sla: "running" },
  { key: "in_repair", name: "In repair", category: "open", sla: "running" },
  { key: "quality_check", name: "Quality check", category: "open", sla: "running" },
  { key: "completed", name: "Completed", category: "resolved", sla: "paused" },
  {
    key: "returned_to_customer",
    name: "Returned to customer",
    category: "resolved",
    sla: "paused",
  },
  { key: "closed", name: "Closed", category: "closed", sla: "paused" },
  { key: "canceled", name: "Canceled", category: "canceled", sla: "paused" },
]

const REPAIR_ORDER_CANCELABLE_STAGES = [
  "requested",
  "approved",
  "awaiting_unit",
  "received",
  "diagnosing",
  "awaiting_parts",
  "in_repair",
  "quality_check",
]

/**
 * Default pipeline for repair orders:
 * requested -> approved | rejected; approved -> awaiting_unit -> received (or straight to
 * received for a drop-off or on-site repair) ->
 * diagnosing -> quote_pending -> awaiting_parts -> in_repair -> quality_check ->
 * completed -> returned_to_customer -> closed. A declined quote cancels the
 * order, a quote may send the unit back to diagnosing, a failed quality check
 * returns it to in_repair, and repairs that need no quote or no parts skip
 * those stages. Orders can be canceled until the repair is completed.
 * Deeply frozen; copy it to derive an edited pipeline.
 */
export const REPAIR_ORDER_PIPELINE: PipelineDefinition = frozenPipeline({
  key: "repair_order",
  name: "Repair order",
  stages: REPAIR_ORDER_STAGES,
  transitions: [
    { from: "requested", to: "approved", name: "Approve" },
    { from: "requested", to: "rejected", name: "Reject" },
    { from: "approved", to: "awaiting_unit", name: "Request unit" },
    { from: "approved", to: "received", name: "Receive unit (drop-off, on-site)" },
    { from: "awaiting_unit", to: "received", name: "Receive unit" },
    { from: "received", to: "diagnosing", name: "Start diagnosis" },
    { from: "diagnosing", to: "quote_pending", name: "Send quote" },
    { from: "diagnosing", to: "in_repair", name: "Repair without quote" },
    { from: "quote_pending", to: "awaiting_parts", name: "Quote accepted, order parts" },
    { from: "quote_pending", to: "in_repair", name: "Quote accepted" },
    { from: "quote_pending", to: "diagnosing", name: "Diagnose again" },
    { from: "quote_pending", to: "canceled", name: "Quote declined" },
    { from: "awaiting_parts", to: "in_repair", name: "Parts arrived" },
    { from: "in_repair", to: "awaiting_parts", name: "Order parts" },
    { from: "in_repair", to: "quality_check", name: "Repair done" },
    { from: "quality_check", to: "in_repair", name: "Quality check failed" },
    { from: "quality_check", to: "completed", name: "Quality check passed" },
    { from: "completed", to: "returned_to_customer", name: "Return to customer" },
    { from: "returned_to_customer", to: "closed", name: "Close" },
    ...REPAIR_ORDER_CANCELABLE_STAGES.map(
      (from): PipelineTransition => ({ from, to: "canceled", name: "Cancel" })
    ),
  ],
})

/**
 * Default pipeline for complaints:
 * new -> acknowledged -> investigating <-> awaiting_customer -> resolved -> closed,
 * escalated reachable from acknowledged and investigating, reopen from
 * resolved or closed to investigating.
 * Deeply frozen; copy it to derive an edited pipeline.
 */
export const COMPLAINT_PIPELINE: PipelineDefinition = frozenPipeline({
  key: "complaint",
  name: "Complaint",
  stages: [
    { key: "new", name: "New", category: "new", sla: "running", is_initial: true },
    { key: "acknowledged", name: "Acknowledged", category: "open", sla: "running" },
    { key: "investigating", name: "Investigating", category: "open", sla: "running" },
    { key: "escalated", name: "Escalated", category: "open", sla: "running" },
    {
      key: "awaiting_customer",
      name: "Awaiting customer",
      category: "waiting",
      sla: "paused",
    },
    { key: "resolved", name: "Resolved", category: "resolved", sla: "paused" },
    { key: "closed", name: "Closed", category: "closed", sla: "paused" },
  ],
  transitions: [
    { from: "new", to: "acknowledged", name: "Acknowledge" },
    { from: "acknowledged", to: "investigating", name: "Investigate" },
    { from: "acknowledged", to: "escalated", name: "Escalate" },
    { from: "investigating", to: "escalated", name: "Escalate" },
    { from: "escalated", to: "investigating", name: "Return to investigation" },
    { from: "investigating", to: "awaiting_customer", name: "Ask customer" },
    { from: "awaiting_customer", to: "investigating", name: "Customer replied" },
    { from: "investigating", to: "resolved", name: "Resolve" },
    { from: "awaiting_customer", to: "resolved", name: "Resolve" },
    { from: "escalated", to: "resolved", name: "Resolve" },
    { from: "resolved", to: "closed", name: "Close" },
    { from: "resolved", to: "investigating", name: "Reopen" },
    { from: "closed", to: "investigating", name: "Reopen" },
  ],
})

/** The default pipelines by key. */
export const DEFAULT_PIPELINES = Object.freeze({
  service_ticket: SERVICE_TICKET_PIPELINE,
  repair_order: REPAIR_ORDER_PIPELINE,
  complaint: COMPLAINT_PIPELINE,
})
