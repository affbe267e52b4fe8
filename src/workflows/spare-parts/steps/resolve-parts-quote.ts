import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export type PartsQuoteInput = {
  customer_id: string
  region_id: string
  sales_channel_id?: string | null
  lines: { part_id: string; quantity: number }[]
  note?: string | null
}

/**
 * Turns a parts quote into the host's draft-order input: the customer's e-mail, the region's
 * currency and one item per part variant (lines of the same part add up). 404 for an unknown
 * customer, region or part; 400 for a part that is not sold (no variant) or is obsolete.
 */
export const resolvePartsQuoteStep = createStep(
  "resolve-parts-quote",
  async (input: PartsQuoteInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const {
      data: [customer],
    } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: input.customer_id } })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)
    }
    const {
      data: [region],
    } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: input.region_id } })
    if (!region) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region with id: ${input.region_id} was not found`)
    }
    const partIds = [...new Set(input.lines.map((line) => line.part_id))]
    const parts = await spareParts.listSpareParts(
      { id: partIds },
      { select: ["id", "part_number", "variant_id", "status"], take: null }
    )
    const quantities = new Map<string, number>()
    for (const line of input.lines) {
      const part = parts.find((candidate) => candidate.id === line.part_id)
      if (!part) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Spare part with id: ${line.part_id} was not found`)
      }
      if (!part.variant_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Spare part ${part.part_number} is not sold: it has no product variant. Link one on the part first.`
        )
      }
      if (part.status === "obsolete") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Spare part ${part.part_number} is obsolete and cannot be quoted.`)
      }
      quantities.set(part.variant_id, (quantities.get(part.variant_id) ?? 0) + line.quantity)
    }
    return new StepResponse({
      status: "draft" as const,
      is_draft_order: true,
      region_id: region.id,
      currency_code: region.currency_code,
      customer_id: customer.id,
      email: customer.email,
      sales_channel_id: input.sales_channel_id ?? undefined,
      items: [...quantities].map(([variant_id, quantity]) => ({ variant_id, quantity })),
      metadata: { aftersales_parts_quote: true, ...(input.note ? { aftersales_note: input.note } : {}) },
    })
  }
)
