import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { warrantyCoverage } from "../../../lib/repair/costs"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"
import { assertRepairOpenForCosts, labourHourlyPriceOf, loadCostRepairOrder } from "./repair-cost-helpers"

export type PrepareAddLabourLineInput = {
  repair_order_id: string
  technician_id?: string | null
  description: string
  hours: number
  hourly_cost?: number | null
  hourly_price?: number | null
  covered?: boolean | null
}

/**
 * Decides a labour line: hourly_cost defaults to the technician's hourly rate (0 without a
 * technician), hourly_price to the labour price (module option `labourHourlyPrice`, else
 * DEFAULT_LABOUR_HOURLY_PRICE), `covered` to what the warranty snapshot covers for labour.
 */
export const prepareAddRepairLabourLineStep = createStep(
  "prepare-add-repair-labour-line",
  async (input: PrepareAddLabourLineInput, { container }) => {
    const order = await loadCostRepairOrder(container, input.repair_order_id)
    assertRepairOpenForCosts(order)
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    let technicianRate: number | null = null
    if (input.technician_id) {
      const [technician] = await repair.listTechnicians({ id: input.technician_id }, { take: 1 })
      if (!technician) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Technician with id: ${input.technician_id} was not found`)
      }
      technicianRate = Number(technician.hourly_rate ?? 0)
    }
    return new StepResponse({
      order: { id: order.id, number: order.number },
      line: {
        repair_order_id: order.id,
        technician_id: input.technician_id ?? null,
        description: input.description,
        hours: input.hours,
        hourly_cost: input.hourly_cost ?? technicianRate ?? 0,
        hourly_price: input.hourly_price ?? labourHourlyPriceOf(container),
        covered: input.covered ?? warrantyCoverage(order).labour,
      },
    })
  }
)

export const createRepairLabourLineStep = createStep(
  "create-repair-labour-line",
  async (line: Record<string, unknown>, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const created = await repair.createRepairLabourLines(line as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteRepairLabourLines(id)
  }
)

/** Removes a labour line of an open repair (404 when it is not the repair's); undo restores it. */
export const removeRepairLabourLineStep = createStep(
  "remove-repair-labour-line",
  async (input: { repair_order_id: string; line_id: string }, { container }) => {
    const order = await loadCostRepairOrder(container, input.repair_order_id)
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const [line] = await repair.listRepairLabourLines(
      { id: input.line_id, repair_order_id: order.id } as any,
      { take: 1 }
    )
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Labour line with id: ${input.line_id} was not found on repair order ${order.number}`
      )
    }
    assertRepairOpenForCosts(order)
    await repair.softDeleteRepairLabourLines([line.id])
    return new StepResponse(
      { order: { id: order.id, number: order.number }, line },
      line.id
    )
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.restoreRepairLabourLines([id])
  }
)
