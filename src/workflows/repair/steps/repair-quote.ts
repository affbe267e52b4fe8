import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { computeRepairCosts, RepairCosts, roundMoney, stageAfterQuoteAcceptance } from "../../../lib/repair/costs"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"
import { assertRepairOpenForCosts, CostRepairOrder, loadCostRepairOrder } from "./repair-cost-helpers"

/** Template name of the e-mail that sends a repair quote to the customer. */
export const REPAIR_QUOTE_TEMPLATE = "aftersales-repair-quote"

/** Stage a repair waits in while its quote is with the customer. */
export const QUOTE_PENDING_STAGE = "quote_pending"

/** Costs of a repair from its current part and labour lines. */
export async function repairCostsOf(container: MedusaContainer, order: Pick<CostRepairOrder, "id" | "currency_code">): Promise<RepairCosts> {
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const [partLines, labourLines] = await Promise.all([
    repair.listRepairPartLines({ repair_order_id: order.id } as any, { take: null }),
    repair.listRepairLabourLines({ repair_order_id: order.id } as any, { take: null }),
  ])
  return computeRepairCosts({
    currency_code: order.currency_code,
    part_lines: partLines as any[],
    labour_lines: labourLines as any[],
  })
}

export type PrepareRepairQuoteInput = {
  repair_order_id: string
  amount?: number | null
  note?: string | null
  version?: number | null
}

export type PreparedRepairQuote = {
  id: string
  number: string
  version: number
  stage: string
  /** The repair is already waiting for a quote decision: the quote is replaced, no stage move. */
  requote: boolean
  amount: number
  currency_code: string
  costs: RepairCosts
  customer_id: string | null
  customer_email: string | null
  note: string | null
}

/**
 * Decides a quote: the repair must be open, the amount (default: the customer amount of the
 * current costs) above zero. A repair already in quote_pending gets its quote replaced;
 * otherwise the stage move to quote_pending is checked by the pipeline (400 when not allowed).
 */
export const prepareRepairQuoteStep = createStep(
  "prepare-repair-quote",
  async (input: PrepareRepairQuoteInput, { container }) => {
    const order = await loadCostRepairOrder(container, input.repair_order_id)
    assertRepairOpenForCosts(order)
    const costs = await repairCostsOf(container, order)
    const amount = roundMoney(input.amount ?? costs.customer_amount)
    if (!(amount > 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Repair order ${order.number} has nothing for the customer to pay (customer amount ${costs.customer_amount} ${costs.currency_code.toUpperCase()}): add part or labour lines that are not covered, or give an amount.`
      )
    }
    const prepared: PreparedRepairQuote = {
      id: order.id,
      number: order.number,
      version: input.version ?? order.version,
      stage: order.stage,
      requote: order.stage === QUOTE_PENDING_STAGE,
      amount,
      currency_code: order.currency_code,
      costs,
      customer_id: order.customer_id,
      customer_email: order.customer_email,
      note: input.note ?? null,
    }
    return new StepResponse(prepared)
  }
)

export type PrepareQuoteDecisionInput = {
  repair_order_id: string
  customer_id: string
  decision: "accept" | "decline"
}

export type PreparedQuoteDecision = {
  id: string
  number: string
  version: number
  customer_id: string
  amount: number
  currency_code: string
  order_id: string | null
  next_stage: string
}

/**
 * The customer's answer to a quote: only the repair's own customer may give it (404 for
 * anyone else, as if it did not exist) and only while a quote is pending (400).
 */
export const prepareRepairQuoteDecisionStep = createStep(
  "prepare-repair-quote-decision",
  async (input: PrepareQuoteDecisionInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const [order] = await repair.listRepairOrders(
      { id: input.repair_order_id, customer_id: input.customer_id },
      { take: 1 }
    )
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair order with id: ${input.repair_order_id} was not found`)
    }
    if (order.quote_status !== "pending" || order.stage !== QUOTE_PENDING_STAGE) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Repair order ${order.number} has no pending quote to ${input.decision}.`
      )
    }
    const partLines = await repair.listRepairPartLines({ repair_order_id: order.id } as any, {
      select: ["id", "status"],
      take: null,
    })
    const decision: PreparedQuoteDecision = {
      id: order.id,
      number: order.number,
      version: order.version,
      customer_id: input.customer_id,
      amount: Number(order.quote_amount ?? 0),
      currency_code: order.currency_code,
      order_id: order.order_id ?? null,
      next_stage: input.decision === "accept" ? stageAfterQuoteAcceptance(partLines) : "canceled",
    }
    return new StepResponse(decision)
  }
)

/**
 * The host draft-order input for an accepted quote: one custom line "Repair RO-…" at the quote
 * amount, for the customer, in the region of the repaired unit's order (else a region with the
 * repair's currency). Staff finish and collect it in the host's draft-order pages.
 */
export const resolveRepairQuoteDraftOrderStep = createStep(
  "resolve-repair-quote-draft-order",
  async (input: PreparedQuoteDecision, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [customer],
    } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: input.customer_id } })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)
    }
    let regionId: string | null = null
    let salesChannelId: string | null = null
    if (input.order_id) {
      const {
        data: [order],
      } = await query.graph({
        entity: "order",
        fields: ["id", "region_id", "sales_channel_id", "currency_code"],
        filters: { id: input.order_id },
      })
      if (order && String((order as any).currency_code).toLowerCase() === input.currency_code.toLowerCase()) {
        regionId = (order as any).region_id ?? null
        salesChannelId = (order as any).sales_channel_id ?? null
      }
    }
    if (!regionId) {
      const { data: regions } = await query.graph({
        entity: "region",
        fields: ["id", "currency_code"],
        filters: { currency_code: input.currency_code.toLowerCase() },
      })
      regionId = (regions[0] as any)?.id ?? null
    }
    if (!regionId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `There is no region with the currency ${input.currency_code.toUpperCase()} to bill repair order ${input.number} in. Please contact the shop.`
      )
    }
    return new StepResponse({
      status: "draft" as const,
      is_draft_order: true,
      region_id: regionId,
      currency_code: input.currency_code.toLowerCase(),
      customer_id: customer.id,
      email: (customer as any).email,
      sales_channel_id: salesChannelId ?? undefined,
      items: [
        {
          title: `Repair ${input.number}`,
          quantity: 1,
          unit_price: input.amount,
          requires_shipping: false,
          metadata: { aftersales_repair_order_id: input.id },
        },
      ],
      metadata: { aftersales_repair_order_id: input.id, aftersales_repair_order_number: input.number },
    })
  }
)

export type NotifyRepairQuoteInput = {
  repair_order: { id: string; number: string; customer_id: string | null; customer_email: string | null }
  amount: number
  currency_code: string
  note: string | null
  version: number
}

/**
 * E-mails the quote to the customer through the host Notification module (template
 * `aftersales-repair-quote`, channel email). Runs last and never fails the workflow: a
 * delivery problem is logged. The idempotency key keeps a retried workflow from mailing twice.
 */
export const notifyCustomerOfRepairQuoteStep = createStep(
  "notify-customer-of-repair-quote",
  async (input: NotifyRepairQuoteInput, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      const notificationService = container.resolve(Modules.NOTIFICATION, { allowUnregistered: true }) as any
      if (!notificationService) {
        return new StepResponse(null)
      }
      let email = input.repair_order.customer_email
      if (input.repair_order.customer_id) {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "customer",
          fields: ["id", "email"],
          filters: { id: input.repair_order.customer_id },
        })
        email = (data[0] as any)?.email ?? email
      }
      if (!email) {
        return new StepResponse(null)
      }
      const [notification] = await notificationService.createNotifications([
        {
          to: email,
          channel: "email",
          template: REPAIR_QUOTE_TEMPLATE,
          trigger_type: "repair_order.quoted",
          resource_id: input.repair_order.id,
          resource_type: "repair_order",
          receiver_id: input.repair_order.customer_id ?? undefined,
          idempotency_key: `${REPAIR_QUOTE_TEMPLATE}-${input.repair_order.id}-${input.version}`,
          data: {
            repair_order_id: input.repair_order.id,
            repair_order_number: input.repair_order.number,
            amount: input.amount,
            currency_code: input.currency_code,
            note: input.note,
          },
        },
      ])
      return new StepResponse(notification?.id ?? null)
    } catch (error) {
      logger.warn(
        `Repair quote e-mail for ${input.repair_order.number} was not sent: ${(error as Error).message}`
      )
      return new StepResponse(null)
    }
  }
)
