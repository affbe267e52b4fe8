import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"

export type CreateRoleAssignmentStepInput = {
  role_id: string
  actor_id: string
  actor_type: "user" | "api-key"
  assigned_by: string | null
}

export const createRoleAssignmentStep = createStep(
  "create-aftersales-role-assignment",
  async (input: CreateRoleAssignmentStepInput, { container }) => {
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    const role = await accessService.retrieveAftersalesRole(input.role_id)
    const [existing] = await accessService.listAftersalesRoleAssignments({
      role_id: input.role_id,
      actor_id: input.actor_id,
    })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${input.actor_id} already holds the role "${role.name}".`
      )
    }
    const assignment = await accessService.createAftersalesRoleAssignments({
      role_id: input.role_id,
      actor_id: input.actor_id,
      actor_type: input.actor_type,
      assigned_by: input.assigned_by,
    })
    return new StepResponse(
      { ...assignment, role_name: role.name },
      assignment.id
    )
  },
  async (assignmentId, { container }) => {
    if (!assignmentId) {
      return
    }
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    await accessService.deleteAftersalesRoleAssignments(assignmentId)
  }
)
