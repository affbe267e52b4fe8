import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  completeCartWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createOrderFulfillmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  dismissItemReturnRequestWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { SPARE_PARTS_MODULE } from "../../src/modules/spare-parts"
import SparePartsModuleService from "../../src/modules/spare-parts/service"

/**
 * A small sellable store (sales channel, region, warehouse with manual shipping) where
 * orders go through the host's cart, checkout, fulfilment and return workflows.
 */
export async function createSellableStore(container: MedusaContainer) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Webshop" }] } })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"] }] },
  })
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Hamburg warehouse" }] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  let [shippingProfile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default", type: "default" }] },
    })
    shippingProfile = result[0]
  }
  const fulfillmentSet = await fulfillmentService.createFulfillmentSets({
    name: "Hamburg delivery",
    type: "shipping",
    service_zones: [{ name: "Germany", geo_zones: [{ country_code: "de", type: "country" as const }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const {
    result: [shippingOption],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Standard", description: "2-3 days", code: "standard" },
        prices: [{ currency_code: "eur", amount: 5 }, { region_id: region.id, amount: 5 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
  return { salesChannel, region, location, shippingOption, shippingProfile }
}

export type SellableStore = Awaited<ReturnType<typeof createSellableStore>>

/** A sellable product variant with stock at the store's warehouse, and a spare part on it. */
export async function createSellablePart(
  container: MedusaContainer,
  store: SellableStore,
  partNumber: string,
  options: { stock?: number; price?: number; unit_cost?: number } = {}
) {
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: `Part ${partNumber}`,
          status: "published",
          shipping_profile_id: store.shippingProfile.id,
          sales_channels: [{ id: store.salesChannel.id }],
          options: [{ title: "Default", values: ["Default"] }],
          variants: [
            {
              title: "Default",
              sku: partNumber,
              manage_inventory: true,
              options: { Default: "Default" },
              prices: [{ currency_code: "eur", amount: options.price ?? 25 }],
            },
          ],
        },
      ],
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant],
  } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { product_id: product.id },
  })
  const inventoryItemId = variant.inventory_items![0]!.inventory_item_id
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        { inventory_item_id: inventoryItemId, location_id: store.location.id, stocked_quantity: options.stock ?? 20 },
      ],
    },
  })
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const part = await spareParts.createSpareParts({
    part_number: partNumber,
    name: `Part ${partNumber}`,
    inventory_item_id: inventoryItemId,
    product_id: product.id,
    variant_id: variant.id,
    unit_cost: options.unit_cost ?? 10,
    compatible_product_ids: [],
    compatible_variant_ids: [],
  } as any)
  return { part, variantId: variant.id as string, inventoryItemId: inventoryItemId as string }
}

export async function createCustomer(container: MedusaContainer, email: string) {
  const { authIdentity } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email, password: "supersecret" } } as any)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, customerData: { email, first_name: "Test", last_name: "Customer" } },
  })
  return result
}

/** Places an order through the cart and checkout workflows. */
export async function placeOrder(
  container: MedusaContainer,
  store: SellableStore,
  customer: { id: string; email: string },
  lines: { variant_id: string; quantity: number }[]
) {
  const address = { first_name: "Test", last_name: "Customer", address_1: "Hafenstraße 1", city: "Hamburg", postal_code: "20095", country_code: "de" }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: store.region.id,
      sales_channel_id: store.salesChannel.id,
      customer_id: customer.id,
      email: customer.email,
      currency_code: "eur",
      shipping_address: address,
      billing_address: address,
      items: lines,
    },
  })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: store.shippingOption.id }] } })
  const { result: paymentCollection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: paymentCollection.id, provider_id: "pp_system_default" },
  })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [placed],
  } = await query.graph({ entity: "order", fields: ["id", "items.*"], filters: { id: order.id } })
  return {
    id: placed.id as string,
    items: placed.items!.map((item: any) => ({ id: item.id as string, quantity: Number(item.quantity), variant_id: item.variant_id as string })),
  }
}

/** Fulfils every item of an order from the warehouse through the host's fulfilment workflow. */
export async function fulfilOrder(
  container: MedusaContainer,
  store: SellableStore,
  order: { id: string; items: { id: string; quantity: number }[] }
) {
  const { result } = await createOrderFulfillmentWorkflow(container).run({
    input: {
      order_id: order.id,
      location_id: store.location.id,
      no_notification: true,
      items: order.items.map((item) => ({ id: item.id, quantity: Number(item.quantity) })),
    },
  })
  return result
}

/** Requests a return of one item and receives it as damaged, through the host's return workflows. */
export async function returnAsDamaged(
  container: MedusaContainer,
  store: SellableStore,
  orderId: string,
  item: { id: string; quantity: number }
) {
  const { result: change } = await beginReturnOrderWorkflow(container).run({
    input: { order_id: orderId, location_id: store.location.id },
  })
  const returnId = change.return_id!
  await requestItemReturnWorkflow(container).run({ input: { return_id: returnId, items: [item] } })
  await confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } })
  await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } })
  await dismissItemReturnRequestWorkflow(container).run({ input: { return_id: returnId, items: [item] } })
  await confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } })
  return returnId
}
