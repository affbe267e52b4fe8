import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"
import { assertUniqueTiers } from "./create-customer-tier"

export type UpdateCustomerTierInput = {
  id: string
  code?: string
  name?: string
  min_total_spent?: number
  min_order_count?: number
  rank?: number
  is_active?: boolean
}

export const updateCustomerTierStep = createStep(
  "update-customer-tier",
  async (input: UpdateCustomerTierInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.retrieveCustomerTier(input.id)
    await assertUniqueTiers(helpdesk, {
      id: before.id,
      code: input.code ?? before.code,
      rank: input.rank ?? before.rank,
    })
    const after = await helpdesk.updateCustomerTiers(input)
    return new StepResponse(
      { before, after },
      {
        id: before.id,
        code: before.code,
        name: before.name,
        min_total_spent: Number(before.min_total_spent),
        min_order_count: before.min_order_count,
        rank: before.rank,
        is_active: before.is_active,
      }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateCustomerTiers(previous)
  }
)
