import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"

/**
 * Removes an assignment. Removing the last administrator is refused: without one the
 * plugin would fall back to bootstrap mode and every admin user would become one.
 */
export const deleteRoleAssignmentStep = createStep(
  "delete-aftersales-role-assignment",
  async (id: string, { container }) => {
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    const assignment = await accessService.retrieveAftersalesRoleAssignment(id, {
      relations: ["role"],
    })
    if (
      assignment.role.name === "admin" &&
      assignment.actor_type === "user" &&
      (await accessService.countAdminAssignments()) <= 1
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This is the last administrator assignment. Give the admin role to someone else before removing it."
      )
    }
    await accessService.softDeleteAftersalesRoleAssignments(id)
    return new StepResponse(
      {
        id: assignment.id,
        role_id: assignment.role.id,
        role_name: assignment.role.name,
        actor_id: assignment.actor_id,
        actor_type: assignment.actor_type,
      },
      id
    )
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    await accessService.restoreAftersalesRoleAssignments(id)
  }
)
