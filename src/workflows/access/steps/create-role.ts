import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"

export type CreateRoleStepInput = {
  name: string
  label: string
  description?: string | null
  permissions: string[]
}

export const createRoleStep = createStep(
  "create-aftersales-role",
  async (input: CreateRoleStepInput, { container }) => {
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    const [existing] = await accessService.listAftersalesRoles({ name: input.name })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A role named "${input.name}" already exists.`
      )
    }
    const role = await accessService.createAftersalesRoles({ ...input, is_system: false })
    return new StepResponse(role, role.id)
  },
  async (roleId, { container }) => {
    if (!roleId) {
      return
    }
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    await accessService.deleteAftersalesRoles(roleId)
  }
)
