import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

/** Soft-deletes the rule; the compensation restores it. */
export const deleteAssignmentRuleStep = createStep(
  "delete-assignment-rule",
  async (id: string, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const rule = await helpdesk.retrieveAssignmentRule(id)
    await helpdesk.softDeleteAssignmentRules(id)
    return new StepResponse(rule, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.restoreAssignmentRules(id)
  }
)
