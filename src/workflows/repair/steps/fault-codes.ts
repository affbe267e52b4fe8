import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService, { FaultCodeRecord } from "../../../modules/repair/service"

export type FaultCodeInput = {
  code?: string
  name?: string
  category?: string | null
  description?: string | null
  product_category_ids?: string[]
  is_active?: boolean
}

async function assertCodeFree(repair: RepairModuleService, code: string, exceptId?: string) {
  const [existing] = await repair.listFaultCodes({ code }, { select: ["id"], take: 1 })
  if (existing && existing.id !== exceptId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Fault code "${code}" already exists.`)
  }
}

/** Adds a fault code to the catalogue (codes are unique); rolling back deletes it. */
export const createFaultCodeStep = createStep(
  "create-fault-code",
  async (input: FaultCodeInput & { code: string; name: string }, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await assertCodeFree(repair, input.code)
    const created = await repair.createFaultCodes({
      ...input,
      product_category_ids: input.product_category_ids ?? [],
    } as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteFaultCodes(id)
  }
)

/** Changes a fault code; renaming a code in use is refused so records stay searchable. */
export const updateFaultCodeStep = createStep(
  "update-fault-code",
  async (input: { id: string; update: FaultCodeInput }, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const before = await repair.retrieveFaultCode(input.id)
    if (input.update.code && input.update.code !== before.code) {
      await assertCodeFree(repair, input.update.code, before.id)
      const [inUse] = await repair.listRepairOrders(
        { fault_codes: { $contains: [before.code] } } as any,
        { select: ["id"], take: 1 }
      )
      if (inUse) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Fault code "${before.code}" is used by repair orders; deactivate it and add a new code instead of renaming it.`
        )
      }
    }
    const after = await repair.updateFaultCodes({ id: input.id, ...input.update } as any)
    return new StepResponse({ before, after }, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const { created_at, updated_at, deleted_at, ...restore } = before as any
    await repair.updateFaultCodes(restore)
  }
)

/** Removes a fault code (soft delete, so repair records keep their codes); rolling back restores it. */
export const deleteFaultCodeStep = createStep(
  "delete-fault-code",
  async (id: string, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const before: FaultCodeRecord = await repair.retrieveFaultCode(id)
    await repair.softDeleteFaultCodes(id)
    return new StepResponse(before, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.restoreFaultCodes(id)
  }
)
