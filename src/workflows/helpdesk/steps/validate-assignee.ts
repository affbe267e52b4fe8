import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** An assignee must be an existing admin user (null: nobody). */
export const validateAssigneeStep = createStep(
  "validate-service-ticket-assignee",
  async (assigneeId: string | null | undefined, { container }) => {
    if (!assigneeId) {
      return new StepResponse(null)
    }
    const userService = container.resolve(Modules.USER)
    const [user] = await userService.listUsers({ id: assigneeId }, { take: 1 })
    if (!user) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Admin user ${assigneeId} does not exist; tickets can only be assigned to admin users.`
      )
    }
    return new StepResponse({ id: user.id, email: user.email })
  }
)
