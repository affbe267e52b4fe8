import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  AssignmentStrategy,
  validateRuleMembers,
} from "../../../lib/helpdesk/assignment-rules"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type ValidateAssignmentRuleInput = {
  /** Set when an existing rule is changed: the change is checked together with the rule. */
  id?: string
  strategy?: AssignmentStrategy
  member_user_ids?: string[]
  product_category_ids?: string[]
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Checks a rule (or a change of one) before anything is written: the strategy fits the
 * members (fixed: exactly one), every member is an existing admin user and every product
 * category exists. 400 naming the first unknown id otherwise.
 */
export const validateAssignmentRuleStep = createStep(
  "validate-assignment-rule",
  async (input: ValidateAssignmentRuleInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const existing = input.id ? await helpdesk.retrieveAssignmentRule(input.id) : null
    const strategy = (input.strategy ?? existing?.strategy) as AssignmentStrategy | undefined
    const members = input.member_user_ids ?? existing?.member_user_ids ?? []
    if (!strategy) {
      invalid("Choose a strategy: fixed, round_robin or least_loaded.")
    }
    const problems = validateRuleMembers(strategy, members)
    if (problems.length) {
      invalid(problems.join(" "))
    }

    if (input.member_user_ids?.length) {
      const userService = container.resolve(Modules.USER)
      const users = await userService.listUsers(
        { id: input.member_user_ids },
        { select: ["id"], take: input.member_user_ids.length }
      )
      const known = new Set(users.map((user) => user.id))
      const unknown = input.member_user_ids.find((id) => !known.has(id))
      if (unknown) {
        invalid(`Admin user ${unknown} does not exist; rule members must be admin users.`)
      }
    }

    if (input.product_category_ids?.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: categories } = await query.graph({
        entity: "product_category",
        fields: ["id"],
        filters: { id: input.product_category_ids },
      })
      const known = new Set(categories.map((category: any) => category.id))
      const unknown = input.product_category_ids.find((id) => !known.has(id))
      if (unknown) {
        invalid(`Product category ${unknown} does not exist.`)
      }
    }
    return new StepResponse(undefined)
  }
)
