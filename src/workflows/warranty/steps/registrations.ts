import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"

export type NewWarrantyRegistration = {
  kind: "standard" | "extended"
  source: "order" | "manual" | "import"
  status: "pending" | "active" | "expired"
  policy_id: string
  coverage: string
  duration_months: number
  purchased_at: Date
  starts_at: Date | null
  ends_at: Date | null
  line_item_id?: string | null
  unit_index?: number
  /** Extended units of an order: the standard unit they extend (resolved to its id here). */
  extends?: { line_item_id: string; unit_index: number }
  extends_registration_id?: string | null
  order_id?: string | null
  order_display_id?: number | null
  customer_id?: string | null
  customer_email?: string | null
  customer_name?: string | null
  product_id?: string | null
  variant_id?: string | null
  product_title?: string | null
  variant_title?: string | null
  sku?: string | null
  serial_number?: string | null
  metadata?: Record<string, unknown> | null
}

export type WarrantyRegistrationUpdate = { id: string } & Record<string, unknown>

function service(container: any): WarrantyModuleService {
  return container.resolve(WARRANTY_MODULE)
}

const unitKey = (line_item_id: string | null | undefined, unit_index: number | undefined, kind: string) =>
  `${line_item_id}:${unit_index ?? 1}:${kind}`

/**
 * Creates registrations, skipping order units that already have one (line item + unit +
 * kind), so a redelivered event or a re-run backfill writes nothing twice. Standard units
 * are written first so extensions can point at them. The compensation deletes what it made.
 */
export const createWarrantyRegistrationsStep = createStep(
  "create-warranty-registrations",
  async (rows: NewWarrantyRegistration[], { container }) => {
    const warranty = service(container)
    const lineItemIds = [
      ...new Set(
        rows.flatMap((row) => [row.line_item_id, row.extends?.line_item_id]).filter(Boolean) as string[]
      ),
    ]
    const existing = lineItemIds.length
      ? await warranty.listWarrantyRegistrations(
          { line_item_id: lineItemIds },
          { select: ["id", "line_item_id", "unit_index", "kind"], take: null }
        )
      : []
    const ids = new Map(existing.map((row) => [unitKey(row.line_item_id, row.unit_index, row.kind), row.id]))
    const created: any[] = []
    const ordered = [...rows.filter((row) => row.kind === "standard"), ...rows.filter((row) => row.kind !== "standard")]
    try {
      for (const group of [ordered.filter((row) => row.kind === "standard"), ordered.filter((row) => row.kind !== "standard")]) {
        const fresh = group
          .filter((row) => !row.line_item_id || !ids.has(unitKey(row.line_item_id, row.unit_index, row.kind)))
          .map(({ extends: target, ...row }) => {
            const extendsId = target
              ? ids.get(unitKey(target.line_item_id, target.unit_index, "standard")) ?? null
              : row.extends_registration_id ?? null
            if (row.kind === "extended" && !extendsId) {
              throw new MedusaError(
                MedusaError.Types.INVALID_DATA,
                "An extended warranty needs the standard registration it extends."
              )
            }
            return { ...row, unit_index: row.unit_index ?? 1, extends_registration_id: extendsId }
          })
        if (!fresh.length) {
          continue
        }
        const made = await warranty.createWarrantyRegistrations(fresh as any[])
        for (const row of made) {
          created.push(row)
          if (row.line_item_id) {
            ids.set(unitKey(row.line_item_id, row.unit_index, row.kind), row.id)
          }
        }
      }
    } catch (error) {
      if (created.length) {
        await warranty.deleteWarrantyRegistrations(created.map((row) => row.id))
      }
      throw error
    }
    return new StepResponse(created, created.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await service(container).deleteWarrantyRegistrations(ids)
  }
)

/** Updates registrations and answers before/after; the compensation writes the old values back. */
export const updateWarrantyRegistrationsStep = createStep(
  "update-warranty-registrations",
  async (updates: WarrantyRegistrationUpdate[], { container }) => {
    if (!updates.length) {
      return new StepResponse([] as { before: any; after: any }[], [] as WarrantyRegistrationUpdate[])
    }
    const warranty = service(container)
    const before = await warranty.listWarrantyRegistrations(
      { id: updates.map((update) => update.id) },
      { take: null }
    )
    const byId = new Map(before.map((row) => [row.id, row]))
    const missing = updates.find((update) => !byId.has(update.id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty registration ${missing.id} was not found.`)
    }
    const after = await warranty.updateWarrantyRegistrations(updates as any[])
    const afterById = new Map(after.map((row) => [row.id, row]))
    const previous = updates.map((update) => {
      const old: WarrantyRegistrationUpdate = { id: update.id }
      for (const field of Object.keys(update)) {
        old[field] = (byId.get(update.id) as any)[field]
      }
      return old
    })
    return new StepResponse(
      updates.map((update) => ({ before: byId.get(update.id), after: afterById.get(update.id) })),
      previous
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    await service(container).updateWarrantyRegistrations(previous as any[])
  }
)
