import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  planActivations,
  planOrderRegistrations,
  planReturnVoids,
  type PlanOrder,
  type PlanPolicy,
} from "../../../lib/warranty/registration-plan"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"
import type { NewWarrantyRegistration, WarrantyRegistrationUpdate } from "./registrations"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "customer_id",
  "email",
  "customer.first_name",
  "customer.last_name",
  "created_at",
  "status",
  // quantity is computed from the item detail: "items.*" resolves it, "items.quantity" alone does not
  "items.*",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

/** An order as the warranty planning needs it (items with collection/type/tags), or null. */
export async function loadOrderForWarranty(
  container: MedusaContainer,
  order_id: string
): Promise<(PlanOrder & { status: string }) | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: order_id } })
  if (!order) {
    return null
  }
  const row = order as any
  const productIds = [...new Set((row.items ?? []).map((item: any) => item.product_id).filter(Boolean))] as string[]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "collection_id", "type_id", "tags.id"],
        filters: { id: productIds },
      })
    : { data: [] as any[] }
  const productById = new Map((products as any[]).map((product) => [product.id, product]))
  return {
    id: row.id,
    status: row.status,
    display_id: row.display_id ?? null,
    customer_id: row.customer_id ?? null,
    customer_email: row.email ?? null,
    customer_name: [row.customer?.first_name, row.customer?.last_name].filter(Boolean).join(" ") || null,
    created_at: row.created_at,
    items: (row.items ?? []).map((item: any) => {
      const product = productById.get(item.product_id)
      return {
        id: item.id,
        quantity: Number(item.quantity ?? 0),
        product_id: item.product_id ?? null,
        variant_id: item.variant_id ?? null,
        product_title: item.product_title ?? item.title ?? null,
        variant_title: item.variant_title ?? null,
        sku: item.variant_sku ?? null,
        collection_id: product?.collection_id ?? null,
        type_id: product?.type_id ?? null,
        tag_ids: (product?.tags ?? []).map((tag: any) => tag.id),
        metadata: item.metadata ?? null,
      }
    }),
    fulfillments: (row.fulfillments ?? []).map((fulfillment: any) => ({
      id: fulfillment.id,
      created_at: fulfillment.created_at,
      delivered_at: fulfillment.delivered_at ?? null,
      canceled_at: fulfillment.canceled_at ?? null,
      items: (fulfillment.items ?? []).map((item: any) => ({
        line_item_id: item.line_item_id ?? null,
        quantity: Number(item.quantity ?? 0),
      })),
    })),
  }
}

export async function loadActivePolicies(container: MedusaContainer): Promise<PlanPolicy[]> {
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const policies = await warranty.listWarrantyPolicies({ is_active: true }, { take: null })
  return policies as unknown as PlanPolicy[]
}

/** The registrations a placed order calls for (read only; existing units are skipped when writing). */
export async function planRegistrationsForOrder(
  container: MedusaContainer,
  order_id: string
): Promise<NewWarrantyRegistration[]> {
  const order = await loadOrderForWarranty(container, order_id)
  if (!order || order.status === "canceled" || order.status === "draft") {
    return []
  }
  const policies = await loadActivePolicies(container)
  if (!policies.length) {
    return []
  }
  return planOrderRegistrations({ order, policies, now: new Date() }).map((row) => ({
    ...row,
    source: "order" as const,
  }))
}

export const planOrderRegistrationsStep = createStep(
  "plan-order-warranty-registrations",
  async (input: { order_id: string }, { container }) => {
    return new StepResponse(await planRegistrationsForOrder(container, input.order_id))
  }
)

/** Pending registrations of an order whose fulfilment or delivery has now happened (read only). */
export const planOrderActivationsStep = createStep(
  "plan-order-warranty-activations",
  async (input: { order_id: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const registrations = await warranty.listWarrantyRegistrations(
      { order_id: input.order_id },
      { relations: ["policy"], take: null, order: { created_at: "ASC" } }
    )
    if (!registrations.some((row) => row.status === "pending")) {
      return new StepResponse([] as WarrantyRegistrationUpdate[])
    }
    const order = await loadOrderForWarranty(container, input.order_id)
    if (!order) {
      return new StepResponse([] as WarrantyRegistrationUpdate[])
    }
    const activations = planActivations({
      order,
      registrations: registrations.map((row: any) => ({
        ...row,
        start_basis: row.policy?.start_basis ?? row.metadata?.start_basis ?? "delivery_date",
      })),
    })
    return new StepResponse(
      activations.map((activation) => ({
        id: activation.id,
        status: "active",
        starts_at: activation.starts_at,
        ends_at: activation.ends_at,
      })) as WarrantyRegistrationUpdate[]
    )
  }
)

/**
 * The live registrations a void touches: given ids (staff), every unit of an order (cancel),
 * or the returned units of an order (return received). Voiding a standard unit voids its
 * extensions too. Read only.
 */
export const planWarrantyVoidsStep = createStep(
  "plan-warranty-voids",
  async (
    input: { registration_ids?: string[]; order_id?: string; returns?: boolean },
    { container }
  ) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    let ids: string[] = []
    if (input.registration_ids?.length) {
      const rows = await warranty.listWarrantyRegistrations(
        { id: input.registration_ids },
        { select: ["id", "status"], take: null }
      )
      const missing = input.registration_ids.find((id) => !rows.some((row) => row.id === id))
      if (missing) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty registration ${missing} was not found.`)
      }
      const voided = rows.find((row) => row.status === "voided")
      if (voided) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Warranty registration ${voided.id} is already voided.`)
      }
      ids = input.registration_ids
    } else if (input.order_id && !input.returns) {
      const rows = await warranty.listWarrantyRegistrations(
        { order_id: input.order_id },
        { select: ["id", "status"], take: null }
      )
      ids = rows.filter((row) => row.status !== "voided").map((row) => row.id)
    } else if (input.order_id && input.returns) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: returns } = await query.graph({
        entity: "return",
        fields: ["id", "status", "metadata", "items.item_id", "items.received_quantity", "items.damaged_quantity"],
        filters: { order_id: input.order_id },
      })
      const returned = new Map<string, number>()
      for (const orderReturn of returns as any[]) {
        // A repair's ship-in return brings the unit to the workshop; it goes back to the customer.
        if (orderReturn.metadata?.repair_order_id) {
          continue
        }
        for (const item of orderReturn.items ?? []) {
          // dismissed (damaged) units are counted in received_quantity too
          const quantity = Math.max(Number(item.received_quantity ?? 0), Number(item.damaged_quantity ?? 0))
          if (item.item_id && quantity > 0) {
            returned.set(item.item_id, (returned.get(item.item_id) ?? 0) + quantity)
          }
        }
      }
      if (returned.size) {
        const rows = await warranty.listWarrantyRegistrations(
          { order_id: input.order_id, line_item_id: [...returned.keys()] },
          { select: ["id", "line_item_id", "unit_index", "status", "void_reason"], take: null }
        )
        ids = planReturnVoids({ returned, registrations: rows as any[] })
      }
    }
    if (!ids.length) {
      return new StepResponse([] as string[])
    }
    const extensions = await warranty.listWarrantyRegistrations(
      { extends_registration_id: ids },
      { select: ["id", "status"], take: null }
    )
    const all = [...new Set([...ids, ...extensions.filter((row) => row.status !== "voided").map((row) => row.id)])]
    const live = await warranty.listWarrantyRegistrations({ id: all }, { select: ["id", "status"], take: null })
    return new StepResponse(live.filter((row) => row.status !== "voided").map((row) => row.id))
  }
)
