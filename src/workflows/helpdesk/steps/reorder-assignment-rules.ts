import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ranksInOrder } from "../../../lib/helpdesk/assignment-rules"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

type RankChange = { id: string; name: string; before: number; after: number }

/**
 * Gives the rules ranks 0, 10, 20, ... in the order of `ids`, which must name every rule
 * exactly once (400 otherwise, nothing changed). The compensation restores the old ranks.
 */
export const reorderAssignmentRulesStep = createStep(
  "reorder-assignment-rules",
  async (ids: string[], { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const rules = await helpdesk.listAssignmentRules({}, { select: ["id", "name", "rank"] })
    const byId = new Map(rules.map((rule) => [rule.id, rule]))
    const unknown = ids.find((id) => !byId.has(id))
    if (unknown) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Assignment rule ${unknown} does not exist.`
      )
    }
    if (new Set(ids).size !== ids.length || ids.length !== rules.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `List every assignment rule exactly once (there are ${rules.length}).`
      )
    }
    const changes: RankChange[] = ranksInOrder(ids).map(({ id, rank }) => ({
      id,
      name: byId.get(id)!.name,
      before: byId.get(id)!.rank,
      after: rank,
    }))
    const changed = changes.filter((change) => change.before !== change.after)
    if (changed.length) {
      await helpdesk.updateAssignmentRules(changed.map(({ id, after }) => ({ id, rank: after })))
    }
    return new StepResponse(changed, changed)
  },
  async (changed, { container }) => {
    if (!changed?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateAssignmentRules(changed.map(({ id, before }) => ({ id, rank: before })))
  }
)
