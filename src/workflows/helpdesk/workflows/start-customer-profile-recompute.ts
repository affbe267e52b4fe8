import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_PROFILE_RECOMPUTE_REQUESTED_EVENT } from "../../../lib/events"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createProfileRecomputeRunStep } from "../steps/create-profile-recompute-run"

export type StartCustomerProfileRecomputeInput = {
  trigger: "admin" | "nightly" | "backfill"
  /** true: a subscriber does the work (admin); false: the caller runs it (job, script). */
  in_background: boolean
  audit: AuditContext
}

const countCustomersStep = createStep("count-customers-to-recompute", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: "customer",
    fields: ["id"],
    pagination: { take: 1, skip: 0 },
  })
  return new StepResponse(metadata?.count ?? 0)
})

/** Opens a "recompute all customer profiles" run (409 while one is running). */
export const startCustomerProfileRecomputeWorkflow = createWorkflow(
  "start-customer-profile-recompute",
  (input: StartCustomerProfileRecomputeInput) => {
    const total = countCustomersStep()
    const runInput = transform({ input, total }, ({ input, total }) => ({
      trigger: input.trigger,
      started_by: input.audit.actor_id,
      total,
    }))
    const run = createProfileRecomputeRunStep(runInput)
    const auditEntry = transform({ input, run }, ({ input, run }) => ({
      context: input.audit,
      action: "customer_profile_recompute_run.started",
      entity_type: "customer_profile_recompute_run",
      entity_id: run.id,
      after: { trigger: run.trigger, total: run.total },
    }))
    recordAuditEntryStep(auditEntry)
    when({ input }, ({ input }) => input.in_background).then(() => {
      const event = transform({ run }, ({ run }) => ({
        eventName: CUSTOMER_PROFILE_RECOMPUTE_REQUESTED_EVENT,
        data: { id: run.id },
      }))
      emitEventStep(event).config({ name: "emit-customer-profile-recompute-requested" })
    })
    return new WorkflowResponse(run)
  }
)
