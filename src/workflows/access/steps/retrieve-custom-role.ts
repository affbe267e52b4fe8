import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"

/** Loads a role that may be changed: built-in roles are kept as the plugin defines them. */
export const retrieveCustomRoleStep = createStep(
  "retrieve-custom-aftersales-role",
  async (id: string, { container }) => {
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    const role = await accessService.retrieveAftersalesRole(id)
    if (role.is_system) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The built-in role "${role.name}" cannot be changed or deleted. Create a custom role instead.`
      )
    }
    return new StepResponse(role)
  }
)
