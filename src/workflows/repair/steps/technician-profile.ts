import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"

export type TechnicianInput = {
  user_id?: string | null
  name: string
  email?: string | null
  phone?: string | null
  location_id?: string | null
  hourly_rate?: number
  capacity?: number
  experience_years?: number
  is_active?: boolean
  notes?: string | null
  metadata?: Record<string, unknown> | null
}

export type UpdateTechnicianInput = Partial<TechnicianInput> & { id: string }

const TECHNICIAN_FIELDS = [
  "user_id",
  "name",
  "email",
  "phone",
  "location_id",
  "hourly_rate",
  "capacity",
  "experience_years",
  "is_active",
  "notes",
  "metadata",
] as const

/** The linked admin user must exist and may carry only one technician profile. */
async function assertUserLinkable(container: MedusaContainer, userId: string, exceptId?: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: users } = await query.graph({
    entity: "user",
    fields: ["id"],
    filters: { id: userId },
  })
  if (!users.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Admin user ${userId} does not exist.`)
  }
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const [clash] = await repair.listTechnicians({ user_id: userId }, { select: ["id", "name"] })
  if (clash && clash.id !== exceptId) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `Admin user ${userId} is already linked to technician ${clash.name}; one technician per user.`
    )
  }
}

async function assertLocationExists(container: MedusaContainer, locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { id: locationId },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Stock location ${locationId} does not exist.`)
  }
}

export const createTechnicianStep = createStep(
  "create-technician",
  async (input: TechnicianInput, { container }) => {
    if (input.user_id) {
      await assertUserLinkable(container, input.user_id)
    }
    if (input.location_id) {
      await assertLocationExists(container, input.location_id)
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const technician = await repair.createTechnicians(input as any)
    return new StepResponse(technician, technician.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteTechnicians(id)
  }
)

/** Updates a profile (deactivation is `is_active: false`); the compensation restores it. */
export const updateTechnicianStep = createStep(
  "update-technician",
  async (input: UpdateTechnicianInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const before = await repair.retrieveTechnician(input.id)
    if (input.user_id && input.user_id !== before.user_id) {
      await assertUserLinkable(container, input.user_id, input.id)
    }
    if (input.location_id && input.location_id !== before.location_id) {
      await assertLocationExists(container, input.location_id)
    }
    const after = await repair.updateTechnicians(input as any)
    const previous: Record<string, unknown> = { id: before.id }
    for (const field of TECHNICIAN_FIELDS) {
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
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.updateTechnicians(previous as any)
  }
)
