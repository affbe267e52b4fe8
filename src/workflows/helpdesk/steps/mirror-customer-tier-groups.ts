import type { ICustomerModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type GroupMembership = { customer_id: string; customer_group_id: string }

type MirrorInput = {
  enabled: boolean
  /** tier code -> host customer group id, for the active tiers */
  group_by_tier: Record<string, string>
  assignments: { customer_id: string; value_tier: string | null }[]
}

/**
 * Puts each customer into the customer group of their tier and takes them out of the groups
 * of other tiers (groups that are not tier groups are left alone). Only the differences are
 * written, so a repeated run changes nothing.
 */
export const mirrorCustomerTierGroupsStep = createStep(
  "mirror-customer-tier-groups",
  async (input: MirrorInput, { container }) => {
    const none = { added: [] as GroupMembership[], removed: [] as GroupMembership[] }
    const tierGroupIds = new Set(Object.values(input.group_by_tier))
    if (!input.enabled || !input.assignments.length || !tierGroupIds.size) {
      return new StepResponse(none, none)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "groups.id"],
      filters: { id: input.assignments.map((item) => item.customer_id) },
    })
    const currentGroups = new Map<string, Set<string>>(
      customers.map((customer) => [
        customer.id,
        new Set(
          (customer.groups ?? [])
            .map((group) => group!.id as string)
            .filter((id) => tierGroupIds.has(id))
        ),
      ])
    )

    const added: GroupMembership[] = []
    const removed: GroupMembership[] = []
    for (const assignment of input.assignments) {
      const current = currentGroups.get(assignment.customer_id)
      if (!current) {
        continue
      }
      const target = assignment.value_tier ? input.group_by_tier[assignment.value_tier] : undefined
      if (target && !current.has(target)) {
        added.push({ customer_id: assignment.customer_id, customer_group_id: target })
      }
      for (const groupId of current) {
        if (groupId !== target) {
          removed.push({ customer_id: assignment.customer_id, customer_group_id: groupId })
        }
      }
    }

    const customerModule: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    if (removed.length) {
      await customerModule.removeCustomerFromGroup(removed)
    }
    if (added.length) {
      await customerModule.addCustomerToGroup(added)
    }
    return new StepResponse({ added, removed }, { added, removed })
  },
  async (applied, { container }) => {
    if (!applied) {
      return
    }
    const customerModule: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    if (applied.added.length) {
      await customerModule.removeCustomerFromGroup(applied.added)
    }
    if (applied.removed.length) {
      await customerModule.addCustomerToGroup(applied.removed)
    }
  }
)
