import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  classifyCustomer,
  CustomerClassification,
} from "../../../lib/helpdesk/customer-classification"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  CustomerTierRecord,
} from "../../../modules/helpdesk/service"

export type CustomerClassificationResult = CustomerClassification & { customer_id: string }

export type ComputedClassifications = {
  classifications: CustomerClassificationResult[]
  tiers: CustomerTierRecord[]
  mirror_customer_groups: boolean
}

/**
 * Reads the customers' orders from the host (query.graph) with the tiers and settings, and
 * classifies each customer that exists. Draft orders are no orders; canceled ones do not count.
 */
export const computeCustomerClassificationsStep = createStep(
  "compute-customer-classifications",
  async (input: { customer_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ids = [...new Set(input.customer_ids)]
    if (!ids.length) {
      return new StepResponse<ComputedClassifications>({
        classifications: [],
        tiers: [],
        mirror_customer_groups: false,
      })
    }

    const [{ data: customers }, { data: orders }, { data: stores }, settings, tiers] =
      await Promise.all([
        query.graph({ entity: "customer", fields: ["id"], filters: { id: ids } }),
        query.graph({
          entity: "order",
          fields: [
            "id",
            "customer_id",
            "status",
            "is_draft_order",
            "currency_code",
            "created_at",
            "total",
          ],
          filters: { customer_id: ids },
        }),
        query.graph({
          entity: "store",
          fields: ["id", "supported_currencies.currency_code", "supported_currencies.is_default"],
        }),
        helpdesk.getClassificationSettings(),
        helpdesk.listCustomerTiers({}, { take: 1000, order: { rank: "ASC" } }),
      ])

    const defaultCurrency =
      (stores[0]?.supported_currencies ?? []).find((currency: any) => currency?.is_default)
        ?.currency_code ?? null
    const ordersByCustomer = new Map<string, any[]>()
    for (const order of orders as any[]) {
      if (order.is_draft_order || order.status === "draft") {
        continue
      }
      const list = ordersByCustomer.get(order.customer_id) ?? []
      list.push(order)
      ordersByCustomer.set(order.customer_id, list)
    }

    const now = new Date()
    const thresholds = tiers.map((tier) => ({
      code: tier.code,
      rank: tier.rank,
      min_total_spent: Number(tier.min_total_spent),
      min_order_count: tier.min_order_count,
      is_active: tier.is_active,
    }))
    const classifications = customers.map((customer) => ({
      customer_id: customer.id,
      ...classifyCustomer(
        (ordersByCustomer.get(customer.id) ?? []).map((order) => ({
          total: Number(order.total ?? 0),
          currency_code: order.currency_code,
          placed_at: order.created_at,
          canceled: order.status === "canceled",
        })),
        {
          now,
          dormantAfterDays: settings.dormant_after_days,
          currencyCode: defaultCurrency,
          tiers: thresholds,
        }
      ),
    }))

    return new StepResponse<ComputedClassifications>({
      classifications,
      tiers,
      mirror_customer_groups: settings.mirror_customer_groups,
    })
  }
)
