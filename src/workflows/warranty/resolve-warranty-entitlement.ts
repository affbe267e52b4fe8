import type { MedusaContainer } from "@medusajs/framework/types"
import {
  computeWarrantyEntitlement,
  notRegisteredEntitlement,
  type WarrantyEntitlement,
} from "../../lib/warranty/entitlement"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

export type ResolveWarrantyEntitlementInput = {
  registration_id?: string
  serial_number?: string
  line_item_id?: string
  unit_index?: number
  at?: Date
}

const STATUS_RANK: Record<string, number> = { active: 0, pending: 1, expired: 2, voided: 3 }

/** The best of several standard registrations of one serial: a live one before expired/voided, then newest. */
function preferred<T extends { status: string; created_at?: Date | string | null }>(rows: T[]): T | null {
  return (
    [...rows].sort(
      (a, b) =>
        (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9) ||
        new Date(b.created_at ?? 0).getTime() - new Date(a.created_at ?? 0).getTime()
    )[0] ?? null
  )
}

/**
 * Loads the standard registration of one unit (by registration id, serial number or order line
 * item + unit index) and its extensions, and computes the entitlement at `at` (default now).
 * A registration id or serial that belongs to an extended registration resolves to the unit it
 * extends. Nothing found: `unknown` / `not_registered`.
 */
export async function resolveWarrantyEntitlement(
  container: MedusaContainer,
  input: ResolveWarrantyEntitlementInput
): Promise<WarrantyEntitlement> {
  const at = input.at ?? new Date()
  const service = container.resolve<WarrantyModuleService>(WARRANTY_MODULE)
  const config = { relations: ["policy"], take: 50 }

  let standard: any = null
  if (input.registration_id) {
    const [row] = await service.listWarrantyRegistrations({ id: input.registration_id }, config)
    standard = row ?? null
  } else if (input.serial_number?.trim()) {
    const rows = await service.listWarrantyRegistrations(
      { serial_number: input.serial_number.trim() },
      config
    )
    standard = preferred(rows.filter((row: any) => row.kind === "standard")) ?? preferred(rows)
  } else if (input.line_item_id) {
    const [row] = await service.listWarrantyRegistrations(
      { line_item_id: input.line_item_id, unit_index: input.unit_index ?? 1, kind: "standard" },
      config
    )
    standard = row ?? null
  }

  if (standard && standard.kind === "extended") {
    if (!standard.extends_registration_id) {
      return notRegisteredEntitlement(at)
    }
    const [base] = await service.listWarrantyRegistrations(
      { id: standard.extends_registration_id },
      config
    )
    standard = base ?? null
  }
  if (!standard) {
    return notRegisteredEntitlement(at)
  }

  const extensions = await service.listWarrantyRegistrations(
    { extends_registration_id: standard.id },
    { relations: ["policy"], take: 50 }
  )
  return computeWarrantyEntitlement({
    standard: standard as any,
    extensions: extensions as any[],
    at,
  })
}
