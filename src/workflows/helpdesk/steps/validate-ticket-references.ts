import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type TicketReferencesInput = {
  customer_id?: string | null
  order_id?: string | null
  line_item_ids?: string[] | null
  product_id?: string | null
  variant_id?: string | null
}

export type TicketReferences = {
  customer_id: string | null
  order_id: string | null
  line_item_ids: string[]
  product_id: string | null
  variant_id: string | null
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Checks the host records a ticket refers to: the customer exists, the order belongs to
 * that customer (the customer is taken from the order when none is given), the line items
 * belong to that order, the variant and product exist and match. Fills product and variant
 * from a single line item. Answers 400 with a clear message otherwise.
 */
export const validateTicketReferencesStep = createStep(
  "validate-service-ticket-references",
  async (input: TicketReferencesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const result: TicketReferences = {
      customer_id: input.customer_id ?? null,
      order_id: input.order_id ?? null,
      line_item_ids: [...new Set(input.line_item_ids ?? [])],
      product_id: input.product_id ?? null,
      variant_id: input.variant_id ?? null,
    }

    if (result.customer_id) {
      const { data: customers } = await query.graph({
        entity: "customer",
        fields: ["id"],
        filters: { id: result.customer_id },
      })
      if (!customers.length) {
        invalid(`Customer ${result.customer_id} does not exist.`)
      }
    }

    if (result.line_item_ids.length && !result.order_id) {
      invalid("line_item_ids can only be given together with the order_id they belong to.")
    }

    if (result.order_id) {
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "customer_id", "items.id", "items.variant_id", "items.product_id"],
        filters: { id: result.order_id },
      })
      const order = orders[0] as any
      // The same answer for a missing order and another customer's order: nothing leaks.
      if (!order || (result.customer_id && order.customer_id !== result.customer_id)) {
        invalid(
          result.customer_id
            ? `Order ${result.order_id} was not found for customer ${result.customer_id}.`
            : `Order ${result.order_id} does not exist.`
        )
      }
      result.customer_id ??= order.customer_id ?? null
      const items = new Map<string, any>(
        (order.items ?? []).filter(Boolean).map((item: any) => [item.id, item])
      )
      const foreign = result.line_item_ids.filter((id) => !items.has(id))
      if (foreign.length) {
        invalid(
          `Line item(s) ${foreign.join(", ")} do not belong to order ${result.order_id}.`
        )
      }
      if (result.line_item_ids.length === 1 && !result.variant_id && !result.product_id) {
        const item = items.get(result.line_item_ids[0])
        result.variant_id = item?.variant_id ?? null
        result.product_id = item?.product_id ?? null
      }
    }

    if (result.variant_id) {
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { id: result.variant_id },
      })
      const variant = variants[0] as any
      if (!variant) {
        invalid(`Product variant ${result.variant_id} does not exist.`)
      }
      if (result.product_id && variant.product_id && result.product_id !== variant.product_id) {
        invalid(
          `Product variant ${result.variant_id} belongs to product ${variant.product_id}, not ${result.product_id}.`
        )
      }
      result.product_id ??= variant.product_id ?? null
    } else if (result.product_id) {
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { id: result.product_id },
      })
      if (!products.length) {
        invalid(`Product ${result.product_id} does not exist.`)
      }
    }

    return new StepResponse(result)
  }
)
