import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

/** A running run that has not reported progress for this long is considered dead. */
export const RECOMPUTE_RUN_STALE_AFTER_MS = 10 * 60 * 1000

export type CreateProfileRecomputeRunInput = {
  trigger: "admin" | "nightly" | "backfill"
  started_by: string | null
  total: number
}

/** Opens a run; 409 while another run is still making progress. */
export const createProfileRecomputeRunStep = createStep(
  "create-customer-profile-recompute-run",
  async (input: CreateProfileRecomputeRunInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const running = await helpdesk.listCustomerProfileRecomputeRuns(
      { status: "running" },
      { take: 10 }
    )
    const staleBefore = Date.now() - RECOMPUTE_RUN_STALE_AFTER_MS
    const alive = running.find((run) => new Date(run.updated_at).getTime() > staleBefore)
    if (alive) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A recompute of all customer profiles is already running (${alive.processed} of ${alive.total} customers done).`
      )
    }
    const dead = running.map((run) => ({
      id: run.id,
      status: "failed" as const,
      error: "The run stopped reporting progress (the process ended).",
      finished_at: new Date(),
    }))
    if (dead.length) {
      await helpdesk.updateCustomerProfileRecomputeRuns(dead)
    }
    const run = await helpdesk.createCustomerProfileRecomputeRuns({
      ...input,
      status: "running",
      started_at: new Date(),
    })
    return new StepResponse(run, run.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteCustomerProfileRecomputeRuns(id)
  }
)
