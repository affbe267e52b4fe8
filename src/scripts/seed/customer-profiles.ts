import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { HELPDESK_MODULE } from "../../modules/helpdesk"
import HelpdeskModuleService from "../../modules/helpdesk/service"
import { SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import { runCustomerProfileRecompute } from "../../workflows/helpdesk/run-customer-profile-recompute"
import { updateClassificationSettingsWorkflow } from "../../workflows/helpdesk/workflows/update-classification-settings"
import { startCustomerProfileRecomputeWorkflow } from "../../workflows/helpdesk/workflows/start-customer-profile-recompute"

const DAY_MS = 24 * 60 * 60 * 1000

/** A customer whose two orders were imported from the shop's previous system, over a year ago. */
const DORMANT_CUSTOMER = {
  email: "margit.holm@example.com",
  first_name: "Margit",
  last_name: "Holm",
  orders: [
    { sku: "VLT-SCT-GRA", quantity: 2, unit_price: 699, days_ago: 520 },
    { sku: "AUR-ESP-SLV", quantity: 1, unit_price: 549, days_ago: 430 },
  ],
}

/** Signed up for the newsletter, never ordered. */
const POTENTIAL_CUSTOMER = { email: "sara.okafor@example.com", first_name: "Sara", last_name: "Okafor" }

/**
 * Customer service profiles for the demo: adds a dormant customer (imported orders from more
 * than a year ago) and a potential one (no order), turns on the customer-group mirror and
 * classifies every customer. With the default tiers the demo shows Anna Schmidt as a
 * returning silver customer, Pierre Martin returning gold, Jan de Vries new regular,
 * Margit Holm dormant gold, Sara Okafor and the chat visitor potential.
 */
export async function seedCustomerProfiles(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  await helpdesk.ensureDefaultCustomerTiers()

  const { result: created } = await createCustomersWorkflow(container).run({
    input: {
      customersData: [
        { email: DORMANT_CUSTOMER.email, first_name: DORMANT_CUSTOMER.first_name, last_name: DORMANT_CUSTOMER.last_name },
        POTENTIAL_CUSTOMER,
      ],
    },
  })
  const dormant = created.find((customer) => customer.email === DORMANT_CUSTOMER.email)!

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "title", "product.id", "product.title"],
    filters: { sku: DORMANT_CUSTOMER.orders.map((order) => order.sku) },
  })
  const orderService = container.resolve(Modules.ORDER)
  for (const order of DORMANT_CUSTOMER.orders) {
    const variant = variants.find((candidate) => candidate.sku === order.sku)!
    const placedAt = new Date(Date.now() - order.days_ago * DAY_MS)
    await orderService.createOrders({
      currency_code: "eur",
      customer_id: dormant.id,
      email: dormant.email!,
      created_at: placedAt,
      metadata: { imported_from: "previous shop system" },
      items: [
        {
          title: variant.product!.title,
          product_title: variant.product!.title,
          variant_title: variant.title,
          product_id: variant.product!.id,
          variant_id: variant.id,
          variant_sku: variant.sku,
          quantity: order.quantity,
          unit_price: order.unit_price,
        },
      ],
    } as any)
  }

  await updateClassificationSettingsWorkflow(container).run({
    input: { settings: { mirror_customer_groups: true }, audit: SYSTEM_AUDIT_CONTEXT },
  })
  const { result: run } = await startCustomerProfileRecomputeWorkflow(container).run({
    input: { trigger: "backfill", in_background: false, audit: SYSTEM_AUDIT_CONTEXT },
  })
  const finished = await runCustomerProfileRecompute(container, run.id, { audit: SYSTEM_AUDIT_CONTEXT })
  logger.info(`Customer service profiles: ${finished.processed} customers classified.`)
}
