import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { CreateAssignmentRuleInput } from "./create-assignment-rule"

export type UpdateAssignmentRuleInput = Partial<CreateAssignmentRuleInput> & { id: string }

const LIST_FIELDS = [
  "ticket_types",
  "channels",
  "priorities",
  "product_category_ids",
  "tags",
] as const

const EDITABLE_FIELDS = [
  "name",
  "rank",
  "is_active",
  ...LIST_FIELDS,
  "strategy",
  "team",
  "member_user_ids",
  "last_assigned_user_id",
] as const

/** Changes a rule; the compensation writes the previous values back. */
export const updateAssignmentRuleStep = createStep(
  "update-assignment-rule",
  async (input: UpdateAssignmentRuleInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.retrieveAssignmentRule(input.id)
    const changes: Record<string, unknown> = { ...input }
    for (const field of LIST_FIELDS) {
      if (input[field]) {
        changes[field] = [...new Set(input[field])]
      }
    }
    const after = await helpdesk.updateAssignmentRules(changes as any)
    const previous = Object.fromEntries(
      EDITABLE_FIELDS.map((field) => [field, (before as any)[field]])
    )
    return new StepResponse({ before, after }, { id: before.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateAssignmentRules(previous as any)
  }
)
