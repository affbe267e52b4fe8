import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import type { PartsRunKind } from "../../../modules/spare-parts/models/parts-run"
import SparePartsModuleService from "../../../modules/spare-parts/service"

/** A running run that has not reported progress for this long is considered dead. */
export const PARTS_RUN_STALE_AFTER_MS = 10 * 60 * 1000

export type CreatePartsRunInput = {
  kind: PartsRunKind
  trigger: "admin" | "nightly" | "script" | "seed"
  started_by: string | null
  total: number
}

const RUN_LABEL: Record<PartsRunKind, string> = {
  sales_backfill: "A backfill of parts sales",
  forecast: "A forecast of all spare parts",
}

/** Opens a run; 409 while another run of the same kind is still making progress. */
export const createPartsRunStep = createStep(
  "create-parts-run",
  async (input: CreatePartsRunInput, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const running = await spareParts.listPartsRuns({ kind: input.kind, status: "running" }, { take: 10 })
    const staleBefore = Date.now() - PARTS_RUN_STALE_AFTER_MS
    const alive = running.find((run) => new Date(run.updated_at).getTime() > staleBefore)
    if (alive) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${RUN_LABEL[input.kind]} is already running (${alive.processed} of ${alive.total} done).`
      )
    }
    if (running.length) {
      await spareParts.updatePartsRuns(
        running.map((run) => ({
          id: run.id,
          status: "failed" as const,
          error: "The run stopped reporting progress (the process ended).",
          finished_at: new Date(),
        }))
      )
    }
    const run = await spareParts.createPartsRuns({ ...input, status: "running", started_at: new Date() })
    return new StepResponse(run, run.id)
  },
  async (id, { container }) => {
    if (id) {
      const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
      await spareParts.deletePartsRuns(id)
    }
  }
)
