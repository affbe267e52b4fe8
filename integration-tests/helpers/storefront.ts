import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PASSWORD } from "./admin"

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
}

export type StoreCustomer = {
  id: string
  email: string
  headers: { authorization: string; "x-publishable-api-key": string }
}

/** A publishable API key, needed by every /store route. */
export async function createPublishableKey(container: MedusaContainer): Promise<string> {
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "" }] },
  })
  return result[0].token
}

/** A storefront customer with an emailpass account, logged in (bearer token). */
export async function createStoreCustomer(
  container: MedusaContainer,
  api: Api,
  email: string,
  publishableKey: string
): Promise<StoreCustomer> {
  const authService = container.resolve(Modules.AUTH)
  const { authIdentity } = await authService.register("emailpass", {
    body: { email, password: PASSWORD },
  } as any)
  const { result: customer } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity!.id,
      customerData: { email, first_name: email.split("@")[0], last_name: "Tester" },
    },
  })
  const { data } = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
  return {
    id: customer.id,
    email,
    headers: { authorization: `Bearer ${data.token}`, "x-publishable-api-key": publishableKey },
  }
}

/** A product with two variants, for order lines that point at real variants. */
export async function createTestProduct(container: MedusaContainer) {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Aurora Espresso Machine",
          options: [{ title: "Colour", values: ["Silver", "Black"] }],
          variants: [
            { title: "Silver", sku: "T-ESP-SLV", options: { Colour: "Silver" }, prices: [] },
            { title: "Black", sku: "T-ESP-BLK", options: { Colour: "Black" }, prices: [] },
          ],
        },
      ],
    },
  })
  return result[0]
}

/** An order of the customer with one line per variant (created in the order module directly). */
export async function createTestOrder(
  container: MedusaContainer,
  customer: { id: string; email: string },
  variants: { id: string; product_id?: string | null; title: string }[]
) {
  const orderService = container.resolve(Modules.ORDER)
  const [order] = await orderService.createOrders([
    {
      currency_code: "eur",
      customer_id: customer.id,
      email: customer.email,
      items: variants.map((variant) => ({
        title: variant.title,
        quantity: 1,
        unit_price: 100,
        variant_id: variant.id,
        product_id: variant.product_id ?? undefined,
      })),
    },
  ])
  const [withItems] = await orderService.listOrders({ id: order.id }, { relations: ["items"] })
  return { id: order.id, items: withItems.items!.map((item) => ({ id: item.id, variant_id: item.variant_id })) }
}
