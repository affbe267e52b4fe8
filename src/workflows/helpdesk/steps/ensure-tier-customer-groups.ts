import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  CustomerTierRecord,
} from "../../../modules/helpdesk/service"

/** Name of the host customer group a tier is mirrored into, e.g. "Gold tier". */
export function tierGroupName(tier: { name: string }): string {
  return `${tier.name} tier`
}

type EnsureInput = { enabled: boolean; tiers: CustomerTierRecord[] }
type EnsureCompensation = {
  created_group_ids: string[]
  previous_group_ids: { id: string; customer_group_id: string | null }[]
}

/**
 * With mirroring on, gives every active tier a host customer group: the one it points at if it
 * still exists, else a group with the tier's group name (adopted when the merchant already has
 * one), else a new group. Returns tier code -> group id for the active tiers.
 */
export const ensureTierCustomerGroupsStep = createStep(
  "ensure-tier-customer-groups",
  async (input: EnsureInput, { container }) => {
    const empty: EnsureCompensation = { created_group_ids: [], previous_group_ids: [] }
    if (!input.enabled) {
      return new StepResponse({} as Record<string, string>, empty)
    }
    const customerModule: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const activeTiers = input.tiers.filter((tier) => tier.is_active)
    const referenced = activeTiers.map((tier) => tier.customer_group_id).filter(Boolean) as string[]
    const existingGroups = await customerModule.listCustomerGroups(
      { $or: [{ id: referenced }, { name: activeTiers.map(tierGroupName) }] } as any,
      { select: ["id", "name"], take: null }
    )
    const groupIds = new Set(existingGroups.map((group) => group.id))
    const groupIdByName = new Map(existingGroups.map((group) => [group.name, group.id]))

    const groupByCode: Record<string, string> = {}
    const compensation: EnsureCompensation = { created_group_ids: [], previous_group_ids: [] }
    for (const tier of activeTiers) {
      let groupId =
        tier.customer_group_id && groupIds.has(tier.customer_group_id)
          ? tier.customer_group_id
          : groupIdByName.get(tierGroupName(tier))
      if (!groupId) {
        const group = await customerModule.createCustomerGroups({
          name: tierGroupName(tier),
          metadata: { aftersales_customer_tier: tier.code },
        })
        groupId = group.id
        compensation.created_group_ids.push(group.id)
      }
      if (groupId !== tier.customer_group_id) {
        compensation.previous_group_ids.push({ id: tier.id, customer_group_id: tier.customer_group_id })
        await helpdesk.updateCustomerTiers({ id: tier.id, customer_group_id: groupId })
      }
      groupByCode[tier.code] = groupId
    }
    return new StepResponse(groupByCode, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (compensation.previous_group_ids.length) {
      await helpdesk.updateCustomerTiers(compensation.previous_group_ids)
    }
    if (compensation.created_group_ids.length) {
      const customerModule: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
      await customerModule.deleteCustomerGroups(compensation.created_group_ids)
    }
  }
)
