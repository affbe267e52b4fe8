import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export type SupplierInput = {
  code: string
  name: string
  contact_name?: string | null
  email?: string | null
  phone?: string | null
  address?: Record<string, unknown> | null
  currency_code?: string
  payment_terms?: string | null
  lead_time_days?: number
  is_active?: boolean
  notes?: string | null
  metadata?: Record<string, unknown> | null
}

export type UpdateSupplierInput = Partial<SupplierInput> & { id: string }

const SUPPLIER_FIELDS = [
  "code",
  "name",
  "contact_name",
  "email",
  "phone",
  "address",
  "currency_code",
  "payment_terms",
  "lead_time_days",
  "is_active",
  "notes",
  "metadata",
] as const

async function assertCodeFree(spareParts: SparePartsModuleService, code: string, exceptId?: string) {
  const [clash] = await spareParts.listSuppliers({ code }, { select: ["id"] })
  if (clash && clash.id !== exceptId) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `Supplier code ${code} is already used by another supplier.`
    )
  }
}

export const createSupplierStep = createStep(
  "create-supplier",
  async (input: SupplierInput, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await assertCodeFree(spareParts, input.code)
    const supplier = await spareParts.createSuppliers(input as any)
    return new StepResponse(supplier, supplier.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.deleteSuppliers(id)
  }
)

/** Updates a supplier (deactivating is `is_active: false`); the compensation restores it. */
export const updateSupplierStep = createStep(
  "update-supplier",
  async (input: UpdateSupplierInput, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const before = await spareParts.retrieveSupplier(input.id)
    if (input.code && input.code !== before.code) {
      await assertCodeFree(spareParts, input.code, input.id)
    }
    const after = await spareParts.updateSuppliers(input as any)
    const previous: Record<string, unknown> = { id: before.id }
    for (const field of SUPPLIER_FIELDS) {
      if (input[field] !== undefined) {
        previous[field] = before[field]
      }
    }
    return new StepResponse({ before, after }, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.updateSuppliers(previous as any)
  }
)
