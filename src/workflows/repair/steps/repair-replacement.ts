import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadCostRepairOrder } from "./repair-cost-helpers"

export type PrepareRepairReplacementInput = {
  repair_order_id: string
  variant_id?: string | null
}

export type PreparedRepairReplacement = {
  id: string
  number: string
  version: number
  order_id: string
  line_item_id: string
  variant_id: string
}

/**
 * Checks a replacement: the repair must name a host order line (units sold elsewhere cannot
 * be replaced through a claim: 400), must not be canceled or replaced already. The new unit
 * is `variant_id`, else the repaired unit's variant.
 */
export const prepareRepairReplacementStep = createStep(
  "prepare-repair-replacement",
  async (input: PrepareRepairReplacementInput, { container }) => {
    const order = await loadCostRepairOrder(container, input.repair_order_id)
    if (!order.order_id || !order.line_item_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Repair order ${order.number} is not linked to an order line of this store, so it cannot be replaced through a claim.`
      )
    }
    if (order.stage_category === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Repair order ${order.number} is canceled.`)
    }
    if (order.claim_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Repair order ${order.number} was already replaced through claim ${order.claim_id}.`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [hostOrder],
    } = await query.graph({
      entity: "order",
      fields: ["id", "status", "items.id", "items.variant_id"],
      filters: { id: order.order_id },
    })
    const item = ((hostOrder as any)?.items ?? []).find((candidate: any) => candidate?.id === order.line_item_id)
    if (!hostOrder || !item) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `The order line of repair order ${order.number} was not found.`
      )
    }
    const variantId = input.variant_id ?? order.variant_id ?? item.variant_id ?? null
    if (!variantId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Name the product variant (variant_id) that replaces the unit of repair order ${order.number}.`
      )
    }
    const prepared: PreparedRepairReplacement = {
      id: order.id,
      number: order.number,
      version: order.version,
      order_id: order.order_id,
      line_item_id: order.line_item_id,
      variant_id: variantId,
    }
    return new StepResponse(prepared)
  }
)
