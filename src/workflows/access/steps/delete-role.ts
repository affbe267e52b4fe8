import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"

/** Soft-deletes the role and, through the cascade, its assignments. */
export const deleteRoleStep = createStep(
  "delete-aftersales-role",
  async (id: string, { container }) => {
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    await accessService.softDeleteAftersalesRoles(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    await accessService.restoreAftersalesRoles(id)
  }
)
