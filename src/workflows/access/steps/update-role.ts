import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"

export type UpdateRoleStepInput = {
  id: string
  label?: string
  description?: string | null
  permissions?: string[]
}

export const updateRoleStep = createStep(
  "update-aftersales-role",
  async (input: UpdateRoleStepInput, { container }) => {
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    const before = await accessService.retrieveAftersalesRole(input.id)
    const after = await accessService.updateAftersalesRoles(input)
    return new StepResponse(after, {
      id: before.id,
      label: before.label,
      description: before.description,
      permissions: before.permissions,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    await accessService.updateAftersalesRoles(previous)
  }
)
