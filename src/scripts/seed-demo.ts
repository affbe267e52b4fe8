import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createApiKeysWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { AFTERSALES_ACCESS_MODULE } from "../modules/aftersales-access"
import AftersalesAccessModuleService from "../modules/aftersales-access/service"
import { HELPDESK_MODULE } from "../modules/helpdesk"
import { seedAssignmentRulesAndTasks } from "./seed/assignment-tasks"
import HelpdeskModuleService from "../modules/helpdesk/service"
import { assignRoleWorkflow } from "../workflows/access/workflows/assign-role"
import { AuditContext, SYSTEM_AUDIT_CONTEXT } from "../workflows/audit/types"
import { addTicketMessageWorkflow } from "../workflows/helpdesk/workflows/add-ticket-message"
import { createCannedResponseWorkflow } from "../workflows/helpdesk/workflows/canned-responses"
import { assignServiceTicketWorkflow } from "../workflows/helpdesk/workflows/assign-service-ticket"
import { createServiceTicketWorkflow } from "../workflows/helpdesk/workflows/create-service-ticket"
import { transitionServiceTicketWorkflow } from "../workflows/helpdesk/workflows/transition-service-ticket"
import { seedCustomerProfiles } from "./seed/customer-profiles"
import { seedInboundMessages } from "./seed/inbound"
import { seedSla } from "./seed/sla"
import { seedSpareParts } from "./seed/spare-parts"
import { seedStock } from "./seed/stock"
import { seedProcurement } from "./seed/procurement"
import { seedPartsDemand } from "./seed/parts-demand"
import { EXTENDED_WARRANTY_SKU, seedWarranty } from "./seed/warranty"
import { syncOrderWarrantiesWorkflow } from "../workflows/warranty/workflows/order-registrations"
import { seedRepairs } from "./seed/repairs"
import { seedRepairCosts } from "./seed/repair-costs"
import { seedTechnicians } from "./seed/technicians"
import { seedServiceHistory } from "./seed/service-history"

const DEMO_MARKER = "aftersales_demo_seeded_at"
const COUNTRIES = ["de", "fr", "nl", "dk", "se", "es", "it", "gb"]
const PASSWORD = "supersecret"

const STAFF = [
  { email: "agent@example.com", first_name: "Lena", last_name: "Vogel", role: "agent" },
  { email: "supervisor@example.com", first_name: "Marc", last_name: "Dubois", role: "supervisor" },
  { email: "technician@example.com", first_name: "Jonas", last_name: "Berg", role: "technician" },
  { email: "parts@example.com", first_name: "Sofia", last_name: "Rossi", role: "parts_manager" },
  { email: "analyst@example.com", first_name: "Wei", last_name: "Zhang", role: "analyst" },
  { email: "purchaser@example.com", first_name: "Tomás", last_name: "Ortega", role: "purchaser" },
  { email: "approver@example.com", first_name: "Ingrid", last_name: "Larsen", role: "approver" },
]

const CUSTOMERS = [
  { email: "customer@example.com", first_name: "Anna", last_name: "Schmidt", city: "Berlin", country_code: "de", postal_code: "10115", address_1: "Invalidenstraße 12" },
  { email: "other@example.com", first_name: "Pierre", last_name: "Martin", city: "Lyon", country_code: "fr", postal_code: "69002", address_1: "12 Rue de la République" },
  { email: "jan.devries@example.com", first_name: "Jan", last_name: "de Vries", city: "Utrecht", country_code: "nl", postal_code: "3511", address_1: "Oudegracht 101" },
]

type DemoProduct = {
  title: string
  handle: string
  description: string
  category: "appliances" | "spare_parts"
  weight: number
  stock: number
  variants: { title: string; sku: string; price: number; option: string }[]
}

const PRODUCTS: DemoProduct[] = [
  {
    title: "Aurora Espresso Machine",
    handle: "aurora-espresso-machine",
    description: "15-bar pump espresso machine with steam wand and built-in grinder. 2-year warranty.",
    category: "appliances",
    weight: 9000,
    stock: 40,
    variants: [
      { title: "Silver", sku: "AUR-ESP-SLV", price: 549, option: "Silver" },
      { title: "Black", sku: "AUR-ESP-BLK", price: 549, option: "Black" },
    ],
  },
  {
    title: "Nimbus Robot Vacuum",
    handle: "nimbus-robot-vacuum",
    description: "Lidar-navigated robot vacuum with mopping pad and self-emptying base.",
    category: "appliances",
    weight: 4200,
    stock: 35,
    variants: [
      { title: "Standard", sku: "NIM-RV-STD", price: 399, option: "Standard" },
      { title: "With base station", sku: "NIM-RV-BASE", price: 529, option: "With base station" },
    ],
  },
  {
    title: "Volt City E-Scooter",
    handle: "volt-city-e-scooter",
    description: "Foldable e-scooter, 25 km/h, 40 km range, dual brakes.",
    category: "appliances",
    weight: 14500,
    stock: 20,
    variants: [{ title: "Graphite", sku: "VLT-SCT-GRA", price: 699, option: "Graphite" }],
  },
  {
    title: "Espresso Machine Water Pump (ULKA EP5)",
    handle: "spare-espresso-water-pump",
    description: "Replacement vibration pump for Aurora espresso machines.",
    category: "spare_parts",
    weight: 350,
    stock: 25,
    variants: [{ title: "Default", sku: "SP-AUR-PUMP", price: 39, option: "Default" }],
  },
  {
    title: "Grinder Burr Set",
    handle: "spare-grinder-burr-set",
    description: "Conical steel burr set for the Aurora built-in grinder.",
    category: "spare_parts",
    weight: 180,
    stock: 12,
    variants: [{ title: "Default", sku: "SP-AUR-BURR", price: 29, option: "Default" }],
  },
  {
    title: "Robot Vacuum Battery 14.4V 5200mAh",
    handle: "spare-robot-vacuum-battery",
    description: "Li-ion replacement battery for Nimbus robot vacuums.",
    category: "spare_parts",
    weight: 400,
    stock: 8,
    variants: [{ title: "Default", sku: "SP-NIM-BATT", price: 59, option: "Default" }],
  },
  {
    title: "Robot Vacuum Side Brush (2-pack)",
    handle: "spare-robot-vacuum-side-brush",
    description: "Replacement side brushes for Nimbus robot vacuums.",
    category: "spare_parts",
    weight: 60,
    stock: 60,
    variants: [{ title: "Default", sku: "SP-NIM-BRUSH", price: 12, option: "Default" }],
  },
  {
    title: "E-Scooter Brake Pads",
    handle: "spare-e-scooter-brake-pads",
    description: "Disc brake pads for Volt scooters, one pair.",
    category: "spare_parts",
    weight: 50,
    stock: 3,
    variants: [{ title: "Default", sku: "SP-VLT-BRAKE", price: 15, option: "Default" }],
  },
]

/** An order of a customer: [sku, quantity][] and how far it goes through fulfilment. */
type DemoOrder = {
  customer: string
  items: [string, number][]
  progress: "placed" | "fulfilled" | "shipped" | "delivered"
}

const ORDERS: DemoOrder[] = [
  { customer: "customer@example.com", items: [["AUR-ESP-SLV", 1]], progress: "delivered" },
  { customer: "customer@example.com", items: [["NIM-RV-BASE", 1], ["SP-NIM-BRUSH", 2]], progress: "shipped" },
  { customer: "customer@example.com", items: [["SP-AUR-BURR", 1]], progress: "placed" },
  { customer: "other@example.com", items: [["VLT-SCT-GRA", 1]], progress: "delivered" },
  { customer: "other@example.com", items: [["AUR-ESP-BLK", 2]], progress: "fulfilled" },
  { customer: "jan.devries@example.com", items: [["NIM-RV-STD", 1], ["SP-NIM-BATT", 1]], progress: "delivered" },
]

const EXTENDED_WARRANTY_ORDER: DemoOrder = {
  customer: "jan.devries@example.com",
  items: [
    ["AUR-ESP-BLK", 1],
    [EXTENDED_WARRANTY_SKU, 1],
  ],
  progress: "delivered",
}

async function registerAuthIdentity(
  container: MedusaContainer,
  email: string,
  password: string
) {
  const authService = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await authService.register(
    "emailpass",
    { body: { email, password } } as any
  )
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity.id
}

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeService = container.resolve(Modules.STORE)
  const accessService: AftersalesAccessModuleService = container.resolve(
    AFTERSALES_ACCESS_MODULE
  )

  await accessService.syncSystemRoles()

  const [store] = await storeService.listStores()
  if (store.metadata?.[DEMO_MARKER]) {
    logger.info(`Demo data already seeded on ${store.metadata[DEMO_MARKER]}.`)
    await printPublishableKey(container)
    return
  }

  logger.info("Seeding the after-sales demo store ...")

  // --- store, sales channel, region, tax, stock location, shipping ---
  const { result: salesChannels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Webshop", description: "The demo storefront" }] },
  })
  const salesChannel = salesChannels[0]

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: COUNTRIES,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  const region = regions[0]
  await createTaxRegionsWorkflow(container).run({
    input: COUNTRIES.map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Main warehouse (Hamburg)",
          address: { city: "Hamburg", country_code: "DE", address_1: "Lagerstraße 4" },
        },
      ],
    },
  })
  const location = locations[0]

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Aurora Home & Mobility",
        supported_currencies: [{ currency_code: "eur", is_default: true }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
        default_location_id: location.id,
      },
    },
  })

  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  let [shippingProfile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default shipping profile", type: "default" }] },
    })
    shippingProfile = result[0]
  }
  const fulfillmentSet = await fulfillmentService.createFulfillmentSets({
    name: "Hamburg warehouse delivery",
    type: "shipping",
    service_zones: [
      {
        name: "Europe",
        geo_zones: COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const shippingOptionBase = {
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: fulfillmentSet.service_zones[0].id,
    shipping_profile_id: shippingProfile.id,
  }
  const { result: shippingOptions } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        ...shippingOptionBase,
        name: "Standard shipping",
        type: { label: "Standard", description: "Delivered in 2-3 days.", code: "standard" },
        prices: [{ currency_code: "eur", amount: 9 }, { region_id: region.id, amount: 9 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
      {
        ...shippingOptionBase,
        name: "Return to warehouse",
        type: { label: "Return", description: "Customer ships the item back.", code: "return" },
        prices: [{ currency_code: "eur", amount: 0 }, { region_id: region.id, amount: 0 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "true", operator: "eq" },
        ],
      },
    ],
  })
  const standardShipping = shippingOptions.find((option) => option.name === "Standard shipping")!

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannel.id] },
  })
  const { result: apiKeys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Webshop", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKeys[0].id, add: [salesChannel.id] },
  })

  // --- catalogue: appliances and their spare parts, with stock ---
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: [
        { name: "Appliances", handle: "appliances", is_active: true },
        { name: "Spare parts", handle: "spare-parts", is_active: true },
      ],
    },
  })
  const categoryId = {
    appliances: categories.find((c) => c.handle === "appliances")!.id,
    spare_parts: categories.find((c) => c.handle === "spare-parts")!.id,
  }
  await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((product) => ({
        title: product.title,
        handle: product.handle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        weight: product.weight,
        shipping_profile_id: shippingProfile.id,
        category_ids: [categoryId[product.category]],
        sales_channels: [{ id: salesChannel.id }],
        options: [{ title: "Variant", values: product.variants.map((v) => v.option) }],
        variants: product.variants.map((variant) => ({
          title: variant.title,
          sku: variant.sku,
          manage_inventory: true,
          options: { Variant: variant.option },
          prices: [{ currency_code: "eur", amount: variant.price }],
        })),
      })),
    },
  })

  const stockBySku = new Map(
    PRODUCTS.flatMap((product) => product.variants.map((v) => [v.sku, product.stock] as const))
  )
  const { data: inventoryItems } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItems.map((item) => ({
        location_id: location.id,
        inventory_item_id: item.id,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })

  // --- people: staff with roles, customers with accounts ---
  const adminEmail = process.env.AFTERSALES_ADMIN_EMAIL || "admin@example.com"
  const adminPassword = process.env.AFTERSALES_ADMIN_PASSWORD || PASSWORD
  const staff = [
    { email: adminEmail, first_name: "Ada", last_name: "Admin", role: "admin", password: adminPassword },
    ...STAFF.map((member) => ({ ...member, password: PASSWORD })),
  ]
  const roles = await accessService.listAftersalesRoles({ name: staff.map((member) => member.role) })
  for (const member of staff) {
    const authIdentityId = await registerAuthIdentity(container, member.email, member.password)
    const { result: user } = await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId,
        userData: { email: member.email, first_name: member.first_name, last_name: member.last_name },
      },
    })
    await assignRoleWorkflow(container).run({
      input: {
        role_id: roles.find((role) => role.name === member.role)!.id,
        actor_id: user.id,
        actor_type: "user",
        audit: SYSTEM_AUDIT_CONTEXT,
      },
    })
  }

  const customerIds = new Map<string, string>()
  for (const customer of CUSTOMERS) {
    const authIdentityId = await registerAuthIdentity(container, customer.email, PASSWORD)
    const { result } = await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId,
        customerData: {
          email: customer.email,
          first_name: customer.first_name,
          last_name: customer.last_name,
          addresses: [
            {
              first_name: customer.first_name,
              last_name: customer.last_name,
              address_1: customer.address_1,
              city: customer.city,
              postal_code: customer.postal_code,
              country_code: customer.country_code,
              is_default_shipping: true,
              is_default_billing: true,
            },
          ],
        },
      },
    })
    customerIds.set(customer.email, result.id)
  }

  // --- orders placed through the storefront flow, some fulfilled, shipped, delivered ---
  const shop: DemoShop = {
    region,
    salesChannel,
    shippingOptionId: standardShipping.id,
    locationId: location.id,
    customerIds,
  }
  for (const order of ORDERS) {
    await placeDemoOrder(container, shop, order)
  }

  await seedServiceDesk(container, customerIds)
  await seedInboundMessages(container)
  await seedAssignmentRulesAndTasks(container)
  await seedCustomerProfiles(container)
  await seedSla(container)
  await seedSpareParts(container)
  await seedStock(container)
  // Procurement needs the parts, their suppliers and stock: keep it after those seeds.
  await seedProcurement(container)
  // Warranties before repairs and technicians: repair orders look up the units' entitlement.
  await seedWarranty(container)
  // A customer who bought the +2 years extension with a machine: the order gives both units.
  const extendedOrderId = await placeDemoOrder(container, shop, EXTENDED_WARRANTY_ORDER)
  await syncOrderWarrantiesWorkflow(container).run({
    input: { order_id: extendedOrderId, audit: SYSTEM_AUDIT_CONTEXT },
  })
  // Technicians before repairs: repair orders are assigned to them.
  await seedTechnicians(container)
  // Repairs after warranties (entitlement snapshots) and technicians (assignments).
  await seedRepairs(container)
  // Parts, labour and quotes on the seeded repairs: keep it right after the repairs seed.
  await seedRepairCosts(container)
  // The previous ERP's service history: a partner-sold fleet under warranty and its past repairs.
  await seedServiceHistory(container)
  // Parts sales, demand history, scrap and forecasts need parts, stock and suppliers, and the
  // forecast's forward signals read open repairs and warranties: after all of those.
  await seedPartsDemand(container)

  await storeService.updateStores(store.id, {
    metadata: { ...store.metadata, [DEMO_MARKER]: new Date().toISOString() },
  })
  logger.info(
    `Demo store seeded: ${PRODUCTS.length} products, ${CUSTOMERS.length} customers, ${ORDERS.length + 1} orders, ${staff.length} staff users.`
  )
  await printPublishableKey(container)
}

type DemoShop = {
  region: { id: string }
  salesChannel: { id: string }
  shippingOptionId: string
  locationId: string
  customerIds: Map<string, string>
}

/** Places a demo order through the storefront flow and takes it as far as `progress`. */
async function placeDemoOrder(container: MedusaContainer, shop: DemoShop, order: DemoOrder): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: order.items.map(([sku]) => sku) },
  })
  const variantIdBySku = new Map(variants.map((variant) => [variant.sku, variant.id]))
  const customer = CUSTOMERS.find((c) => c.email === order.customer)!
  const address = {
    first_name: customer.first_name,
    last_name: customer.last_name,
    address_1: customer.address_1,
    city: customer.city,
    postal_code: customer.postal_code,
    country_code: customer.country_code,
  }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: shop.region.id,
      sales_channel_id: shop.salesChannel.id,
      customer_id: shop.customerIds.get(customer.email),
      email: customer.email,
      currency_code: "eur",
      shipping_address: address,
      billing_address: address,
      items: order.items.map(([sku, quantity]) => ({
        variant_id: variantIdBySku.get(sku)!,
        quantity,
      })),
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: shop.shippingOptionId }] },
  })
  const { result: paymentCollection } = await createPaymentCollectionForCartWorkflow(
    container
  ).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: paymentCollection.id, provider_id: "pp_system_default" },
  })
  const { result: placed } = await completeCartWorkflow(container).run({
    input: { id: cart.id },
  })

  if (order.progress === "placed") {
    return placed.id
  }
  const {
    data: [placedOrder],
  } = await query.graph({
    entity: "order",
    fields: ["id", "items.*"],
    filters: { id: placed.id },
  })
  const items = placedOrder.items!.map((item) => ({ id: item!.id, quantity: Number(item!.quantity) }))
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: placed.id, items, location_id: shop.locationId, no_notification: true },
  })
  if (order.progress === "fulfilled") {
    return placed.id
  }
  await createOrderShipmentWorkflow(container).run({
    input: {
      order_id: placed.id,
      fulfillment_id: fulfillment.id,
      items,
      no_notification: true,
    },
  })
  if (order.progress === "delivered") {
    await markOrderFulfillmentAsDeliveredWorkflow(container).run({
      input: { orderId: placed.id, fulfillmentId: fulfillment.id },
    })
  }
  return placed.id
}

async function printPublishableKey(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const apiKeyService = container.resolve(Modules.API_KEY)
  const [key] = await apiKeyService.listApiKeys({ type: "publishable", title: "Webshop" })
  if (key) {
    logger.info(`Storefront publishable API key: ${key.token}`)
  }
}

// ---------------------------------------------------------------------------------------
// Service desk (issue 3): tickets for the demo customers on their real orders, one in every
// stage of the default pipeline, with customer messages, agent replies, an internal note and
// a phone call log. Everything goes through the plugin's workflows (audit, timeline, events).
// ---------------------------------------------------------------------------------------

type DemoTicketStep =
  | { say: "customer" | "agent" | "supervisor"; body: string; visibility?: "internal" }
  | { call: "agent" | "supervisor"; body: string; duration_seconds: number; outcome: string; callback_needed: boolean }
  | { move: string; by: "agent" | "supervisor" | "customer" }
  | { customer_closes: true }

type DemoTicket = {
  customer: string
  /** index of the customer's order (in placement order); null for no order */
  order: number | null
  /** first line of the order the ticket is about */
  line_item?: boolean
  subject: string
  description: string
  type: string
  channel: string
  priority: string
  tags: string[]
  assignee: "agent" | "supervisor" | null
  steps: DemoTicketStep[]
}

const DEMO_TICKETS: DemoTicket[] = [
  {
    customer: "customer@example.com",
    order: 2,
    subject: "When will my grinder burr set ship?",
    description: "I ordered a burr set three days ago and it still shows as not shipped.",
    type: "inquiry",
    channel: "web",
    priority: "normal",
    tags: ["shipping"],
    assignee: null,
    steps: [],
  },
  {
    customer: "other@example.com",
    order: 0,
    line_item: true,
    subject: "Scooter brakes squeak on the rear wheel",
    description: "Since last week the rear brake squeaks loudly when braking downhill.",
    type: "technical_support",
    channel: "phone",
    priority: "high",
    tags: ["brakes", "safety"],
    assignee: "agent",
    steps: [
      { say: "agent", body: "Safety topic: check if pads SP-VLT-BRAKE are in stock before calling back.", visibility: "internal" },
    ],
  },
  {
    customer: "customer@example.com",
    order: 0,
    line_item: true,
    subject: "Espresso machine pump is very loud",
    description: "The pump makes a rattling noise and the espresso comes out slowly.",
    type: "repair_request",
    channel: "email",
    priority: "high",
    tags: ["pump", "warranty"],
    assignee: "supervisor",
    steps: [
      { move: "in_progress", by: "supervisor" },
      { say: "supervisor", body: "Thank you for reaching out, Anna. Could you tell us when you last descaled the machine?" },
      { say: "customer", body: "I descaled it two weeks ago, the noise started right after." },
      { call: "supervisor", body: "Walked the customer through a pump prime; noise persists. Likely a worn pump (ULKA EP5).", duration_seconds: 540, outcome: "reached", callback_needed: true },
    ],
  },
  {
    customer: "jan.devries@example.com",
    order: 0,
    line_item: true,
    subject: "Robot vacuum battery drains after 20 minutes",
    description: "A full charge used to last 90 minutes, now it stops after 20.",
    type: "technical_support",
    channel: "email",
    priority: "normal",
    tags: ["battery"],
    assignee: "agent",
    steps: [
      { move: "in_progress", by: "agent" },
      { say: "agent", body: "Hello Jan, could you send us the serial number from under the dust bin and a photo of the charging contacts?" },
      { move: "waiting_on_customer", by: "agent" },
    ],
  },
  {
    customer: "customer@example.com",
    order: 1,
    subject: "Side brushes missing from the package",
    description: "The robot vacuum arrived but the 2-pack of side brushes was not in the box.",
    type: "return_exchange",
    channel: "chat",
    priority: "normal",
    tags: ["missing-item"],
    assignee: "agent",
    steps: [
      { move: "in_progress", by: "agent" },
      { say: "agent", body: "Sorry about that! We have sent the side brushes again; you will receive a tracking link by e-mail." },
      { say: "customer", body: "Thanks, they arrived today." },
      { move: "resolved", by: "agent" },
    ],
  },
  {
    customer: "other@example.com",
    order: 1,
    subject: "Wrong billing address on the invoice",
    description: "The invoice for my two espresso machines shows my old address.",
    type: "inquiry",
    channel: "email",
    priority: "low",
    tags: ["invoice"],
    assignee: "supervisor",
    steps: [
      { move: "in_progress", by: "supervisor" },
      { say: "supervisor", body: "We have corrected the address and attached the new invoice to your account." },
      { move: "resolved", by: "supervisor" },
      { move: "closed", by: "supervisor" },
    ],
  },
  {
    customer: "jan.devries@example.com",
    order: null,
    subject: "Can I extend the warranty of my robot vacuum?",
    description: "Is there an extended warranty for the Nimbus robot vacuum?",
    type: "inquiry",
    channel: "web",
    priority: "low",
    tags: ["warranty"],
    assignee: null,
    steps: [
      { say: "customer", body: "Never mind, I found the answer in the FAQ." },
      { customer_closes: true },
    ],
  },
]

const DEMO_CANNED_RESPONSES = [
  {
    title: "Ask for the serial number",
    category: "diagnosis",
    ticket_types: ["technical_support", "repair_request"],
    body: "Hello {{ customer.first_name | there }},\n\nto check the warranty for {{ ticket.number }}, could you send us the serial number (on the type plate under the device) and a photo of it?\n\nBest regards,\n{{ agent.first_name }}",
  },
  {
    title: "Descaling instructions",
    category: "espresso",
    ticket_types: ["technical_support"],
    body: "Hi {{ customer.first_name | there }},\n\nplease descale the machine before we book a repair: fill the tank with 1 l of water and 100 ml of descaler, run the descaling programme, then rinse twice with clean water. Tell us on {{ ticket.number }} if the problem persists.\n\n{{ agent.full_name }}",
  },
  {
    title: "Replacement part is on its way",
    category: "shipping",
    ticket_types: [],
    body: "Hello {{ customer.first_name | there }},\n\nwe have sent the replacement part for order #{{ order.display_id }}. You will receive the tracking link by e-mail.\n\nKind regards,\n{{ agent.first_name }}",
  },
]

async function seedServiceDesk(container: MedusaContainer, customerIds: Map<string, string>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  await helpdesk.ensureDefaultPipeline()

  const userService = container.resolve(Modules.USER)
  const users = await userService.listUsers({
    email: ["agent@example.com", "supervisor@example.com"],
  })
  const staff = {
    agent: users.find((user) => user.email === "agent@example.com")!.id,
    supervisor: users.find((user) => user.email === "supervisor@example.com")!.id,
  }
  const asUser = (id: string): AuditContext => ({ actor_type: "user", actor_id: id })

  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "created_at", "items.id"],
    filters: { customer_id: [...customerIds.values()] },
  })
  const ordersOf = (customerId: string) =>
    orders
      .filter((order) => order.customer_id === customerId)
      .sort((a, b) => new Date(a.created_at as any).getTime() - new Date(b.created_at as any).getTime())

  for (const demo of DEMO_TICKETS) {
    const customerId = customerIds.get(demo.customer)!
    const asCustomer: AuditContext = { actor_type: "customer", actor_id: customerId }
    const order = demo.order === null ? null : ordersOf(customerId)[demo.order]
    const { result: ticket } = await createServiceTicketWorkflow(container).run({
      input: {
        ticket: {
          subject: demo.subject,
          description: demo.description,
          type: demo.type,
          channel: demo.channel,
          priority: demo.priority,
          tags: demo.tags,
          customer_id: customerId,
          order_id: order?.id ?? null,
          line_item_ids: order && demo.line_item ? [order.items![0]!.id] : [],
        },
        audit: demo.channel === "web" ? asCustomer : asUser(staff.agent),
      },
    })
    if (demo.assignee) {
      await assignServiceTicketWorkflow(container).run({
        input: { id: ticket.id, assignee_id: staff[demo.assignee], audit: asUser(staff.supervisor) },
      })
    }
    for (const step of demo.steps) {
      if ("say" in step) {
        const author = step.say === "customer" ? { type: "customer" as const, id: customerId } : { type: "agent" as const, id: staff[step.say] }
        await addTicketMessageWorkflow(container).run({
          input: {
            ticket_id: ticket.id,
            author,
            message: {
              body: step.body,
              visibility: step.visibility ?? "public",
              ...(step.say !== "customer" && step.visibility !== "internal" && { channel: demo.channel === "phone" ? "email" : demo.channel }),
            },
            audit: step.say === "customer" ? asCustomer : asUser(staff[step.say]),
          },
        })
      } else if ("call" in step) {
        await addTicketMessageWorkflow(container).run({
          input: {
            ticket_id: ticket.id,
            author: { type: "agent", id: staff[step.call] },
            message: {
              body: step.body,
              channel: "phone",
              direction: "outbound",
              duration_seconds: step.duration_seconds,
              outcome: step.outcome,
              callback_needed: step.callback_needed,
            },
            audit: asUser(staff[step.call]),
          },
        })
      } else if ("move" in step) {
        await transitionServiceTicketWorkflow(container).run({
          input: {
            id: ticket.id,
            to: step.move,
            audit: step.by === "customer" ? asCustomer : asUser(staff[step.by]),
          },
        })
      } else {
        await transitionServiceTicketWorkflow(container).run({
          input: { id: ticket.id, action: "close", audit: asCustomer },
        })
      }
    }
  }
  for (const cannedResponse of DEMO_CANNED_RESPONSES) {
    await createCannedResponseWorkflow(container).run({
      input: { canned_response: cannedResponse, audit: asUser(staff.supervisor) },
    })
  }
  logger.info(
    `Service desk seeded: ${DEMO_TICKETS.length} tickets in every stage of the default pipeline, ${DEMO_CANNED_RESPONSES.length} canned responses.`
  )
}
