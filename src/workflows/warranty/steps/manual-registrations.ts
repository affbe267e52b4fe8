import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addMonths } from "../../../lib/warranty/dates"
import { matchStandardPolicy } from "../../../lib/warranty/policy-matching"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"
import type { NewWarrantyRegistration } from "./registrations"

export type ManualWarrantyInput = {
  customer_id?: string | null
  customer_email?: string | null
  customer_name?: string | null
  product_id?: string | null
  variant_id?: string | null
  sku?: string | null
  product_title?: string | null
  serial_number?: string | null
  purchased_at: Date | string
  /** Defaults to `purchased_at`. */
  starts_at?: Date | string | null
  /** A policy id or exact name; without it the matching standard policy applies. */
  policy?: string | null
  metadata?: Record<string, unknown> | null
}

/** Serial numbers already held by a live (not voided) registration, among `serials`. */
export async function serialsInUse(container: MedusaContainer, serials: string[], exceptIds: string[] = []) {
  if (!serials.length) {
    return new Map<string, string>()
  }
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const rows = await warranty.listWarrantyRegistrations(
    { serial_number: serials },
    { select: ["id", "serial_number", "status"], take: null }
  )
  return new Map(
    rows
      .filter((row) => row.status !== "voided" && !exceptIds.includes(row.id))
      .map((row) => [row.serial_number as string, row.id])
  )
}

/**
 * Turns manual units (sold elsewhere) into registrations: checks the customer, looks up the
 * product by id, variant or SKU, picks the policy (given, or the best match) and computes the
 * window from the purchase (or given start) date. Answers a problem per bad input (by index).
 */
export async function resolveManualRegistrations(
  container: MedusaContainer,
  inputs: ManualWarrantyInput[],
  source: "manual" | "import"
): Promise<{ rows: NewWarrantyRegistration[]; problems: { index: number; message: string }[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const problems: { index: number; message: string }[] = []
  const policies = (await warranty.listWarrantyPolicies({}, { take: null })) as any[]

  const customerIds = [...new Set(inputs.map((input) => input.customer_id).filter(Boolean))] as string[]
  const { data: customers } = customerIds.length
    ? await query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters: { id: customerIds } })
    : { data: [] as any[] }
  const customerById = new Map((customers as any[]).map((customer) => [customer.id, customer]))

  const variantIds = inputs.map((input) => input.variant_id).filter(Boolean) as string[]
  const skus = inputs.filter((input) => !input.variant_id && input.sku).map((input) => input.sku) as string[]
  const variantFields = ["id", "sku", "title", "product_id", "product.id", "product.title", "product.collection_id", "product.type_id", "product.tags.id"]
  const variants: any[] = []
  if (variantIds.length) {
    variants.push(...(await query.graph({ entity: "product_variant", fields: variantFields, filters: { id: variantIds } })).data)
  }
  if (skus.length) {
    variants.push(...(await query.graph({ entity: "product_variant", fields: variantFields, filters: { sku: skus } })).data)
  }
  const productIds = inputs.filter((input) => input.product_id && !input.variant_id).map((input) => input.product_id) as string[]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "collection_id", "type_id", "tags.id"], filters: { id: productIds } })
    : { data: [] as any[] }

  const serials = inputs.map((input) => input.serial_number?.trim()).filter(Boolean) as string[]
  const taken = await serialsInUse(container, serials)
  const now = new Date()
  const rows: NewWarrantyRegistration[] = []

  inputs.forEach((input, index) => {
    const problem = (message: string) => problems.push({ index, message })
    const before = problems.length
    let customer: any = null
    if (input.customer_id) {
      customer = customerById.get(input.customer_id)
      if (!customer) {
        problem(`Customer ${input.customer_id} was not found.`)
      }
    } else if (!input.customer_email) {
      problem("A unit sold elsewhere needs customer_id or customer_email.")
    }
    let product: any = null
    let variant: any = null
    if (input.variant_id) {
      variant = variants.find((row) => row.id === input.variant_id)
      if (!variant) {
        problem(`Variant ${input.variant_id} was not found.`)
      }
    } else if (input.sku) {
      variant = variants.find((row) => row.sku === input.sku)
      if (!variant && !input.product_title) {
        problem(`No product variant has the SKU ${input.sku}.`)
      }
    }
    if (variant) {
      product = variant.product
    } else if (input.product_id) {
      product = (products as any[]).find((row) => row.id === input.product_id)
      if (!product) {
        problem(`Product ${input.product_id} was not found.`)
      }
    } else if (!input.product_title) {
      problem("Name the product: product_id, variant_id, sku or product_title.")
    }
    const serial = input.serial_number?.trim() || null
    if (serial) {
      if (taken.has(serial)) {
        problem(`Serial number ${serial} is already registered (${taken.get(serial)}).`)
      }
      if (serials.indexOf(serial) !== serials.lastIndexOf(serial)) {
        problem(`Serial number ${serial} is given twice.`)
      }
    }
    let policy: any = null
    if (input.policy) {
      policy = policies.find((row) => row.id === input.policy) ?? policies.find((row) => row.name === input.policy)
      if (!policy) {
        problem(`Warranty policy "${input.policy}" was not found.`)
      } else if (policy.kind !== "standard") {
        problem(`Warranty policy "${policy.name}" is an extended warranty; register the unit under a standard policy.`)
      }
    } else {
      policy =
        matchStandardPolicy(policies, {
          product_id: product?.id ?? null,
          variant_id: variant?.id ?? null,
          collection_id: product?.collection_id ?? null,
          type_id: product?.type_id ?? null,
          tag_ids: (product?.tags ?? []).map((tag: any) => tag.id),
        })?.policy ?? null
      if (!policy) {
        problem("No active warranty policy covers this product; choose a policy.")
      }
    }
    const purchased = new Date(input.purchased_at)
    const start = input.starts_at ? new Date(input.starts_at) : purchased
    if (Number.isNaN(purchased.getTime()) || Number.isNaN(start.getTime())) {
      problem("purchased_at / starts_at must be dates.")
    } else if (purchased.getTime() > now.getTime() + 24 * 60 * 60 * 1000) {
      problem("purchased_at lies in the future.")
    }
    if (problems.length !== before) {
      return
    }
    const ends = addMonths(start, policy.duration_months)
    const expired = ends.getTime() <= now.getTime()
    rows.push({
      kind: "standard",
      source,
      status: expired ? "expired" : "active",
      policy_id: policy.id,
      coverage: policy.coverage,
      duration_months: policy.duration_months,
      purchased_at: purchased,
      starts_at: start,
      ends_at: ends,
      customer_id: customer?.id ?? null,
      customer_email: (input.customer_email ?? customer?.email ?? null)?.toLowerCase() ?? null,
      customer_name:
        input.customer_name ??
        ([customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || null),
      product_id: product?.id ?? null,
      variant_id: variant?.id ?? null,
      product_title: input.product_title ?? product?.title ?? null,
      variant_title: variant?.title ?? null,
      sku: variant?.sku ?? input.sku ?? null,
      serial_number: serial,
      metadata: { ...(input.metadata ?? {}), start_basis: "purchase_date" },
      ...(expired ? { expired_notified_at: now } : {}),
    } as NewWarrantyRegistration)
  })
  return { rows, problems }
}

/** Checks manual units and answers their registrations; any problem is a 400 naming it. */
export const resolveManualRegistrationsStep = createStep(
  "resolve-manual-warranty-registrations",
  async (input: { registrations: ManualWarrantyInput[]; source: "manual" | "import" }, { container }) => {
    const { rows, problems } = await resolveManualRegistrations(container, input.registrations, input.source)
    if (problems.length) {
      const many = input.registrations.length > 1
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        problems.map((p) => (many ? `Unit ${p.index + 1}: ${p.message}` : p.message)).join(" ")
      )
    }
    return new StepResponse(rows)
  }
)
