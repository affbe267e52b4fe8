import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { initialStage } from "../../../lib/process/pipeline"
import {
  notRegisteredEntitlement,
  type WarrantyEntitlement,
} from "../../../lib/warranty/entitlement"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService, { repairPipelineDefinitionOf } from "../../../modules/repair/service"
import { resolveWarrantyEntitlement } from "../../warranty/resolve-warranty-entitlement"

export type RepairOrderIntake = {
  source: "store" | "admin" | "ticket"
  /** Store requests: the logged-in customer, who must own the order. */
  store_customer_id?: string | null
  customer_id?: string | null
  customer_email?: string | null
  customer_name?: string | null
  order_id?: string | null
  line_item_id?: string | null
  /** Which unit of the line (1-based) for lines with quantity > 1; defaults to 1. */
  unit_index?: number | null
  serial_number?: string | null
  product_id?: string | null
  variant_id?: string | null
  product_title?: string | null
  fault_description: string
  fault_codes?: string[]
  intake_condition?: string | null
  accessories?: string | null
  priority?: "low" | "normal" | "high" | "urgent"
  arrival_mode?: "drop_off" | "ship_in" | "on_site"
  location_id?: string | null
  service_ticket_id?: string | null
  metadata?: Record<string, unknown> | null
}

export type PreparedRepairOrder = {
  data: Record<string, unknown>
  entitlement: WarrantyEntitlement
  /** Host return to request for a shipped-in unit (order line known), else null. */
  return_request: { order_id: string; line_item_id: string; location_id: string | null } | null
}

function notFound(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_FOUND, message)
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "customer_id",
  "email",
  "currency_code",
  "sales_channel_id",
  "status",
  "items.id",
  "items.title",
  "items.quantity",
  "items.product_id",
  "items.variant_id",
  "items.product_title",
  "items.variant_title",
  "items.product.categories.id",
  "fulfillments.location_id",
  "shipping_address.first_name",
  "shipping_address.last_name",
]

async function loadOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  return (order as any) ?? null
}

async function loadCustomer(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "company_name"],
    filters: { id: customerId },
  })
  return (customer as any) ?? null
}

async function productCategoryIds(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["id", "title", "categories.id"],
    filters: { id: productId },
  })
  return product as any
}

async function fallbackReturnLocation(container: MedusaContainer, salesChannelId: string | null) {
  if (!salesChannelId) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [channel],
  } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: salesChannelId },
  })
  return ((channel as any)?.stock_locations?.[0]?.id as string | undefined) ?? null
}

function fullName(person: { first_name?: string | null; last_name?: string | null } | null) {
  const name = [person?.first_name, person?.last_name].filter(Boolean).join(" ").trim()
  return name || null
}

/**
 * Checks and completes a repair request before anything is written: the order line must
 * belong to the order (and, for store requests, the order to the customer: 404 otherwise),
 * customer, order number, product, variant and product categories are copied from the host
 * order line, the unit's warranty entitlement is taken as a snapshot, the fault codes must
 * exist, and the order starts in the initial stage of the default repair pipeline.
 */
export const prepareRepairOrderStep = createStep(
  "prepare-repair-order",
  async (input: RepairOrderIntake, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    let customerId = input.customer_id ?? null
    let customerEmail = input.customer_email ?? null
    let customerName = input.customer_name ?? null
    let orderDisplayId: number | null = null
    let productId = input.product_id ?? null
    let variantId = input.variant_id ?? null
    let productTitle = input.product_title ?? null
    let categoryIds: string[] = []
    let currencyCode: string | null = null
    let returnRequest: PreparedRepairOrder["return_request"] = null

    if (input.line_item_id && !input.order_id) {
      invalid("Give the order (order_id) the line item belongs to.")
    }
    if (input.source === "store" && (!input.order_id || !input.line_item_id)) {
      invalid("Choose the order and the item of it that needs a repair.")
    }

    if (input.order_id) {
      const order = await loadOrder(container, input.order_id)
      const foreign =
        input.source === "store" && (!order || order.customer_id !== input.store_customer_id)
      if (!order || foreign) {
        notFound(`Order with id: ${input.order_id} was not found`)
      }
      if (order.status === "canceled" && input.source === "store") {
        invalid(`Order #${order.display_id} was canceled; its items cannot be sent for repair.`)
      }
      if (customerId && order.customer_id && customerId !== order.customer_id) {
        invalid(`Order #${order.display_id} belongs to another customer than customer_id.`)
      }
      customerId = order.customer_id ?? customerId
      customerEmail = customerEmail ?? order.email ?? null
      customerName = customerName ?? fullName(order.shipping_address)
      orderDisplayId = order.display_id ?? null
      currencyCode = order.currency_code ?? null
      if (input.line_item_id) {
        const item = (order.items ?? []).find((candidate: any) => candidate?.id === input.line_item_id)
        if (!item) {
          invalid(`Line item ${input.line_item_id} is not an item of order #${order.display_id}.`)
        }
        if (input.unit_index && input.unit_index > Number(item.quantity)) {
          invalid(
            `Order #${order.display_id} has ${Number(item.quantity)} unit(s) of "${item.title}"; unit ${input.unit_index} does not exist.`
          )
        }
        productId = item.product_id ?? productId
        variantId = item.variant_id ?? variantId
        productTitle = item.product_title ?? item.title ?? productTitle
        categoryIds = (item.product?.categories ?? [])
          .map((category: any) => category?.id)
          .filter(Boolean)
        if (input.arrival_mode === "ship_in") {
          const fulfilledAt = (order.fulfillments ?? []).find((f: any) => f?.location_id)?.location_id
          returnRequest = {
            order_id: order.id,
            line_item_id: item.id,
            location_id:
              input.location_id ??
              fulfilledAt ??
              (await fallbackReturnLocation(container, order.sales_channel_id)),
          }
        }
      }
    }

    if (productId && !categoryIds.length) {
      const product = await productCategoryIds(container, productId)
      if (!product) {
        invalid(`Product ${productId} was not found.`)
      }
      productTitle = productTitle ?? product.title ?? null
      categoryIds = (product.categories ?? []).map((category: any) => category?.id).filter(Boolean)
    }

    if (customerId) {
      const customer = await loadCustomer(container, customerId)
      if (!customer) {
        invalid(`Customer ${customerId} was not found.`)
      }
      customerEmail = customerEmail ?? customer.email ?? null
      customerName = customerName ?? fullName(customer) ?? customer.company_name ?? null
    }
    if (!customerId && !customerEmail && input.source !== "ticket") {
      invalid(
        "Say whose unit it is: a customer_id, an order, or customer_email and customer_name for a unit sold elsewhere."
      )
    }

    const faultCodes = [...new Set(input.fault_codes ?? [])]
    if (faultCodes.length) {
      const known = await repair.listFaultCodes({ code: faultCodes }, { select: ["code"], take: null })
      const missing = faultCodes.filter((code) => !known.some((row) => row.code === code))
      if (missing.length) {
        invalid(`Unknown fault code(s): ${missing.join(", ")}. Add them to the fault code catalogue first.`)
      }
    }

    const serial = input.serial_number?.trim() || null
    let entitlement = serial
      ? await resolveWarrantyEntitlement(container, { serial_number: serial })
      : null
    if ((!entitlement || entitlement.reason === "not_registered") && input.line_item_id) {
      entitlement = await resolveWarrantyEntitlement(container, {
        line_item_id: input.line_item_id,
        unit_index: input.unit_index ?? 1,
      })
    }
    entitlement = entitlement ?? notRegisteredEntitlement(new Date())

    const pipeline = await repair.ensureDefaultRepairPipeline()
    const stage = initialStage(repairPipelineDefinitionOf(pipeline))

    const prepared: PreparedRepairOrder = {
      data: {
        source: input.source,
        customer_id: customerId,
        customer_email: customerEmail,
        customer_name: customerName,
        order_id: input.order_id ?? null,
        order_display_id: orderDisplayId,
        line_item_id: input.line_item_id ?? null,
        product_id: productId,
        variant_id: variantId,
        product_title: productTitle,
        product_category_ids: categoryIds,
        serial_number: serial,
        warranty_registration_id: entitlement.registration_id,
        warranty_status: entitlement.status,
        entitlement,
        service_ticket_id: input.service_ticket_id ?? null,
        fault_description: input.fault_description,
        fault_codes: faultCodes,
        intake_condition: input.intake_condition ?? null,
        accessories: input.accessories ?? null,
        priority: input.priority ?? "normal",
        arrival_mode: input.arrival_mode ?? "drop_off",
        location_id: input.location_id ?? returnRequest?.location_id ?? null,
        pipeline_key: pipeline.key,
        stage: stage.key,
        stage_category: stage.category,
        ...(currencyCode && { currency_code: currencyCode }),
        metadata: {
          ...(input.metadata ?? {}),
          ...(input.unit_index && { unit_index: input.unit_index }),
        },
      },
      entitlement,
      return_request: returnRequest,
    }
    return new StepResponse(prepared)
  }
)

/** Numbers the repair order (RO-000123) and stores it; rolling back deletes it. */
export const createRepairOrderStep = createStep(
  "create-repair-order",
  async (data: Record<string, unknown>, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const number = await repair.nextRepairOrderNumber()
    const created = await repair.createRepairOrders({ ...data, number } as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteRepairOrders(id)
  }
)
