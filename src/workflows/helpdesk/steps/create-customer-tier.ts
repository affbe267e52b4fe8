import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { tierSetDuplicates } from "../../../lib/helpdesk/customer-classification"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateCustomerTierInput = {
  code: string
  name: string
  min_total_spent?: number
  min_order_count?: number
  rank: number
  is_active?: boolean
}

/** 422 naming duplicate codes or ranks in the tier set as it would be after a change. */
export async function assertUniqueTiers(
  helpdesk: HelpdeskModuleService,
  change: { id?: string; code: string; rank: number }
) {
  const tiers = await helpdesk.listCustomerTiers({}, { select: ["id", "code", "rank"], take: 1000 })
  const after = [...tiers.filter((tier) => tier.id !== change.id), change]
  const problems = tierSetDuplicates(after)
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, problems.join(" "))
  }
}

export const createCustomerTierStep = createStep(
  "create-customer-tier",
  async (input: CreateCustomerTierInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await assertUniqueTiers(helpdesk, input)
    const tier = await helpdesk.createCustomerTiers(input)
    return new StepResponse(tier, tier.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteCustomerTiers(id)
  }
)
