import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadTechnicianPerformance } from "../technician-figures"

/** Reads the live figures of one technician for a period (no writes, nothing to compensate). */
export const loadTechnicianFiguresStep = createStep(
  "load-technician-figures",
  async (input: { technician_id: string; from?: Date | string | null; to?: Date | string | null }, { container }) => {
    const figures = await loadTechnicianPerformance(container, [input.technician_id], {
      from: input.from ? new Date(input.from) : null,
      to: input.to ? new Date(input.to) : null,
    })
    const value = figures.get(input.technician_id)
    return new StepResponse(
      value
        ? ({ ...value, period_from: input.from ?? null, period_to: input.to ?? null } as Record<string, unknown>)
        : null
    )
  }
)
