import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { addMonths } from "../../lib/warranty/dates"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import { SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import {
  createManualWarrantyRegistrationsWorkflow,
  updateWarrantyRegistrationWorkflow,
} from "../../workflows/warranty/workflows/manual-registrations"
import { voidWarrantyRegistrationsWorkflow } from "../../workflows/warranty/workflows/order-registrations"
import { createWarrantyPolicyWorkflow } from "../../workflows/warranty/workflows/policies"
import { backfillWarrantyRegistrations } from "../backfill-warranty-registrations"

/** Sale variant SKU of the demo's extended warranty product. */
export const EXTENDED_WARRANTY_SKU = "WARRANTY-EXT-2Y"

const DAY = 24 * 60 * 60 * 1000

/**
 * Warranty demo data: a default 2-year policy on delivery, a 1-year parts-only policy for the
 * "Mobility" collection, a 3-year policy for the Aurora espresso machine and an extended
 * warranty (+2 years) sold as its own product. The demo orders get their registrations through
 * the backfill (as a host that installs the plugin later would), with serial numbers; a few
 * units sold elsewhere are registered by hand: one ending within 30 days, one expired, one voided.
 */
export async function seedWarranty(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const audit = SYSTEM_AUDIT_CONTEXT

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.sku"],
    filters: { handle: ["aurora-espresso-machine", "volt-city-e-scooter"] },
  })
  const productByHandle = new Map((products as any[]).map((product) => [product.handle, product]))
  const aurora = productByHandle.get("aurora-espresso-machine")
  const scooter = productByHandle.get("volt-city-e-scooter")

  const {
    result: [mobility],
  } = await createCollectionsWorkflow(container).run({
    input: { collections: [{ title: "Mobility", handle: "mobility" }] },
  })
  if (scooter) {
    await updateProductsWorkflow(container).run({
      input: { selector: { id: scooter.id }, update: { collection_id: mobility.id } },
    })
  }

  // The extended warranty is a product of its own: buying its variant extends another item.
  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1 })
  const [shippingProfile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: "default" }, { take: 1 })
  const {
    result: [extensionProduct],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Extended warranty +2 years",
          handle: "extended-warranty-2-years",
          description:
            "Adds two years of parts and labour cover after the standard warranty of an appliance bought in the same order.",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfile?.id,
          sales_channels: salesChannel ? [{ id: salesChannel.id }] : [],
          options: [{ title: "Term", values: ["+2 years"] }],
          variants: [
            {
              title: "+2 years",
              sku: EXTENDED_WARRANTY_SKU,
              manage_inventory: false,
              options: { Term: "+2 years" },
              prices: [{ currency_code: "eur", amount: 79 }],
            },
          ],
        },
      ],
    },
  })
  const { data: extensionVariants } = await query.graph({
    entity: "product_variant",
    fields: ["id"],
    filters: { product_id: extensionProduct.id },
  })

  const policy = async (input: Record<string, unknown>) =>
    (await createWarrantyPolicyWorkflow(container).run({ input: { policy: input as any, audit } })).result
  const standard = await policy({
    name: "2-year parts and labour",
    description: "Statutory-plus warranty on every product; the clock starts when the parcel is delivered.",
    duration_months: 24,
    coverage: "parts_and_labour",
    start_basis: "delivery_date",
    is_default: true,
    conditions: "Not covered: wear parts, accidental damage, commercial use.",
  })
  const mobilityPolicy = await policy({
    name: "1-year parts only (Mobility)",
    description: "E-scooters and other mobility products: parts are replaced free, labour is charged.",
    duration_months: 12,
    coverage: "parts",
    start_basis: "fulfillment_date",
    collection_ids: [mobility.id],
    conditions: "Tyres and brake pads are wear parts.",
  })
  const premium = await policy({
    name: "3-year premium espresso",
    description: "Aurora espresso machines: three years of parts and labour from delivery.",
    duration_months: 36,
    coverage: "parts_and_labour",
    start_basis: "delivery_date",
    product_ids: aurora ? [aurora.id] : [],
    conditions: "Descaling every 3 months required.",
  })
  await policy({
    name: "Extended warranty +2 years",
    description: "Sold as its own product; starts where the standard warranty ends.",
    kind: "extended",
    duration_months: 24,
    coverage: "parts_and_labour",
    sale_variant_ids: (extensionVariants as any[]).map((variant) => variant.id),
  })

  // Demo orders: registrations through the same path as a late install.
  const backfill = await backfillWarrantyRegistrations(container)
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const orderUnits = await warranty.listWarrantyRegistrations(
    { source: "order", kind: "standard" },
    { take: null, order: { order_display_id: "ASC", unit_index: "ASC" } }
  )
  for (const unit of orderUnits) {
    if (unit.serial_number || !unit.sku) {
      continue
    }
    await updateWarrantyRegistrationWorkflow(container).run({
      input: {
        registration: {
          id: unit.id,
          serial_number: `${unit.sku}-${String(unit.order_display_id ?? 0).padStart(4, "0")}-${unit.unit_index}`,
        },
        audit,
      },
    })
  }

  // Units sold elsewhere (dealer, trade fair): registered by hand.
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { email: ["customer@example.com", "other@example.com"] },
  })
  const customerId = (email: string) => (customers as any[]).find((customer) => customer.email === email)?.id ?? null
  const now = Date.now()
  const { result: manual } = await createManualWarrantyRegistrationsWorkflow(container).run({
    input: {
      registrations: [
        {
          customer_email: "fair.buyer@example.com",
          customer_name: "Lukas Meyer",
          sku: "AUR-ESP-SLV",
          serial_number: "AUR-FAIR-0001",
          purchased_at: new Date(now - 150 * DAY),
          policy: premium.id,
        },
        {
          customer_id: customerId("customer@example.com"),
          sku: "NIM-RV-STD",
          serial_number: "NIM-EXPIRING-01",
          // ends in 20 days: inside the 30-day reminder window
          purchased_at: addMonths(new Date(now + 20 * DAY), -24),
          policy: standard.id,
        },
        {
          customer_id: customerId("other@example.com"),
          sku: "VLT-SCT-GRA",
          serial_number: "VLT-OLD-0001",
          purchased_at: new Date(now - 430 * DAY),
          policy: mobilityPolicy.id,
        },
        {
          customer_email: "walk.in@example.com",
          customer_name: "Walk-in customer",
          product_title: "Nimbus Robot Vacuum (dealer stock)",
          serial_number: "NIM-VOID-0001",
          purchased_at: new Date(now - 60 * DAY),
        },
      ],
      audit,
    },
  })
  const voided = manual.find((row: any) => row.serial_number === "NIM-VOID-0001")
  if (voided) {
    await voidWarrantyRegistrationsWorkflow(container).run({
      input: { registration_ids: [voided.id], reason: "manual", note: "Registered twice by the dealer", audit },
    })
  }
  logger.info(
    `Warranty: 4 policies, ${backfill.changed} order registrations created or started, ${manual.length} units sold elsewhere.`
  )
}
