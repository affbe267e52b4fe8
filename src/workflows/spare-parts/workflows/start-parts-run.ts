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
import { PARTS_RUN_REQUESTED_EVENT } from "../../../lib/events"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import type { PartsRunKind } from "../../../modules/spare-parts/models/parts-run"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { createPartsRunStep, CreatePartsRunInput } from "../steps/create-parts-run"

export type StartPartsRunInput = {
  kind: PartsRunKind
  trigger: CreatePartsRunInput["trigger"]
  /** true: a subscriber does the work (admin); false: the caller runs it (job, script). */
  in_background: boolean
  audit: AuditContext
}

const countRunItemsStep = createStep("count-parts-run-items", async (kind: PartsRunKind, { container }) => {
  if (kind === "forecast") {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const [, count] = await spareParts.listAndCountSpareParts({ status: ["active", "phase_out"] }, { take: 1 })
    return new StepResponse(count)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({ entity: "order", fields: ["id"], pagination: { take: 1, skip: 0 } })
  return new StepResponse(metadata?.count ?? 0)
})

/** Opens a parts-sales backfill or forecast-all run (409 while one of the kind is running). */
export const startPartsRunWorkflow = createWorkflow("start-parts-run", (input: StartPartsRunInput) => {
  const total = countRunItemsStep(input.kind)
  const run = createPartsRunStep(
    transform({ input, total }, ({ input, total }) => ({
      kind: input.kind,
      trigger: input.trigger,
      started_by: input.audit.actor_id,
      total,
    }))
  )
  recordAuditEntryStep(
    transform({ input, run }, ({ input, run }) => ({
      context: input.audit,
      action: "parts_run.started",
      entity_type: "parts_run",
      entity_id: run.id,
      after: { kind: run.kind, trigger: run.trigger, total: run.total },
    }))
  )
  when({ input }, ({ input }) => input.in_background).then(() => {
    emitEventStep(
      transform({ run }, ({ run }) => ({ eventName: PARTS_RUN_REQUESTED_EVENT, data: { id: run.id } }))
    ).config({ name: "emit-parts-run-requested" })
  })
  return new WorkflowResponse(run)
})
