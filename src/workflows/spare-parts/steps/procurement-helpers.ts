import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SeparationOfDutiesError, assertDifferentActors } from "../../../lib/access/separation-of-duties"
import { pickApprovalRule, ProcurementRuleError, SupplierOffer } from "../../../lib/spare-parts/procurement"
import { AFTERSALES_ACCESS_MODULE } from "../../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../../modules/aftersales-access/service"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import type { AuditContext } from "../../audit/types"

export function sparePartsService(container: MedusaContainer): SparePartsModuleService {
  return container.resolve(SPARE_PARTS_MODULE)
}

/** Runs a rule check of src/lib/spare-parts/procurement and turns its error into a 400. */
export function checkRule<T>(check: () => T): T {
  try {
    return check()
  } catch (error) {
    if (error instanceof ProcurementRuleError) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
    }
    throw error
  }
}

export type PartSnapshot = {
  id: string
  part_number: string
  name: string
  category: string | null
  status: string
  unit_cost: number | null
}

/** The parts by id; 400 naming unknown or obsolete parts and unknown stock locations. */
export async function loadOrderableParts(
  container: MedusaContainer,
  lines: { part_id: string; location_id: string }[]
): Promise<Map<string, PartSnapshot>> {
  const spareParts = sparePartsService(container)
  const partIds = [...new Set(lines.map((line) => line.part_id))]
  const parts = await spareParts.listSpareParts(
    { id: partIds },
    { select: ["id", "part_number", "name", "category", "status", "unit_cost"], take: null }
  )
  const byId = new Map(
    parts.map((part) => [
      part.id,
      { ...part, unit_cost: part.unit_cost === null ? null : Number(part.unit_cost) } as PartSnapshot,
    ])
  )
  const problems: string[] = []
  const unknown = partIds.filter((id) => !byId.has(id))
  if (unknown.length) {
    problems.push(`Unknown spare part: ${unknown.join(", ")}.`)
  }
  const obsolete = parts.filter((part) => part.status === "obsolete")
  if (obsolete.length) {
    problems.push(
      `Obsolete parts cannot be bought: ${obsolete.map((part) => part.part_number).join(", ")}.`
    )
  }
  const locationIds = [...new Set(lines.map((line) => line.location_id))]
  const locations = await container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({ id: locationIds }, { select: ["id"], take: null })
  const knownLocations = new Set(locations.map((location) => location.id))
  const unknownLocations = locationIds.filter((id) => !knownLocations.has(id))
  if (unknownLocations.length) {
    problems.push(`Unknown stock location: ${unknownLocations.join(", ")}.`)
  }
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
  }
  return byId
}

export type OfferWithSupplier = SupplierOffer & {
  part_id: string
  supplier_currency_code: string
  supplier_lead_time_days: number
}

/** Every supplier offer for the parts, with its supplier's state. */
export async function loadOffers(
  container: MedusaContainer,
  partIds: string[]
): Promise<Map<string, OfferWithSupplier[]>> {
  const spareParts = sparePartsService(container)
  const offers = await spareParts.listPartSuppliers(
    { part_id: [...new Set(partIds)] },
    { relations: ["supplier"], take: null }
  )
  const byPart = new Map<string, OfferWithSupplier[]>()
  for (const offer of offers as any[]) {
    const list = byPart.get(offer.part_id) ?? []
    list.push({
      part_id: offer.part_id,
      supplier_id: offer.supplier_id,
      supplier_is_active: !!offer.supplier?.is_active,
      unit_price: Number(offer.unit_price),
      currency_code: offer.currency_code,
      supplier_part_number: offer.supplier_part_number ?? null,
      lead_time_days: offer.lead_time_days ?? null,
      min_order_quantity: offer.min_order_quantity ?? 1,
      pack_size: offer.pack_size ?? 1,
      is_preferred: !!offer.is_preferred,
      supplier_currency_code: offer.supplier?.currency_code ?? offer.currency_code,
      supplier_lead_time_days: offer.supplier?.lead_time_days ?? 7,
    })
    byPart.set(offer.part_id, list)
  }
  return byPart
}

/** 400 unless the supplier exists and is active. */
export async function loadActiveSupplier(container: MedusaContainer, supplierId: string) {
  const [supplier] = await sparePartsService(container).listSuppliers({ id: supplierId })
  if (!supplier) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Supplier ${supplierId} was not found.`)
  }
  if (!supplier.is_active) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Supplier ${supplier.code} (${supplier.name}) is inactive: nothing can be ordered from it.`
    )
  }
  return supplier
}

/**
 * Refuses a decision by the person who made the request (400, separation of duties) and by
 * anyone not holding `requiredRole` (403). The `admin` role and bootstrap mode count as every
 * role; API keys decide like users, through their roles.
 */
export async function assertMayDecide(
  container: MedusaContainer,
  input: {
    document: string
    requested_by: string | null
    required_role: string | null
    audit: AuditContext
    action: "approve" | "reject"
  }
) {
  const actorId = input.audit.actor_id
  if (!actorId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${input.document} needs a person to ${input.action} it.`)
  }
  try {
    assertDifferentActors(input.requested_by, actorId, input.action)
  } catch (error) {
    if (error instanceof SeparationOfDutiesError) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${input.document}: ${error.message}`)
    }
    throw error
  }
  if (!input.required_role) {
    return
  }
  const access: AftersalesAccessModuleService = container.resolve(AFTERSALES_ACCESS_MODULE)
  const actor = await access.getActorAccess({
    id: actorId,
    type: input.audit.actor_type === "api-key" ? "api-key" : "user",
  })
  const roleNames = actor.roles.map((role) => role.name)
  if (actor.bootstrap || roleNames.includes("admin") || roleNames.includes(input.required_role)) {
    return
  }
  throw new MedusaError(
    MedusaError.Types.FORBIDDEN,
    `${input.document} must be ${input.action === "approve" ? "approved" : "rejected"} by someone with the after-sales role "${input.required_role}" (its approval rule says so); you do not hold that role.`
  )
}

/** The active approval rule that applies to a document (see pickApprovalRule), or null. */
export async function findApplicableApprovalRule(
  container: MedusaContainer,
  document: {
    document_type: "requisition" | "purchase_order"
    amount: number
    categories: readonly (string | null | undefined)[]
  }
) {
  const rules = await sparePartsService(container).listApprovalRules(
    { document_type: document.document_type, is_active: true },
    { take: null }
  )
  return pickApprovalRule(
    rules.map((rule) => ({
      ...rule,
      min_amount: Number(rule.min_amount),
      max_amount: rule.max_amount === null ? null : Number(rule.max_amount),
    })),
    document
  )
}

export type EditableDocumentTable = "purchase_requisition" | "purchase_order"

/** What an edit of a draft changed, so its compensation can put it back. */
export type DocumentEditUndo = {
  previous: Record<string, unknown>
  removedLineIds: string[]
  createdLineIds: string[]
}

function documentStore(container: MedusaContainer, table: EditableDocumentTable) {
  const spareParts = sparePartsService(container)
  return table === "purchase_requisition"
    ? {
        documentKey: "requisition_id",
        update: (changes: any) => spareParts.updatePurchaseRequisitions(changes),
        createLines: (lines: any[]) => spareParts.createPurchaseRequisitionLines(lines),
        softDeleteLines: (ids: string[]) => spareParts.softDeletePurchaseRequisitionLines(ids),
        restoreLines: (ids: string[]) => spareParts.restorePurchaseRequisitionLines(ids),
        deleteLines: (ids: string[]) => spareParts.deletePurchaseRequisitionLines(ids),
      }
    : {
        documentKey: "purchase_order_id",
        update: (changes: any) => spareParts.updatePurchaseOrders(changes),
        createLines: (lines: any[]) => spareParts.createPurchaseOrderLines(lines),
        softDeleteLines: (ids: string[]) => spareParts.softDeletePurchaseOrderLines(ids),
        restoreLines: (ids: string[]) => spareParts.restorePurchaseOrderLines(ids),
        deleteLines: (ids: string[]) => spareParts.deletePurchaseOrderLines(ids),
      }
}

/**
 * Replaces all lines of a draft requisition or purchase order: the old ones are soft-deleted
 * (so a compensation can restore them), the new ones created. Returns the new lines' ids.
 */
export async function replaceDocumentLines(
  container: MedusaContainer,
  table: EditableDocumentTable,
  documentId: string,
  oldLineIds: string[],
  lines: Record<string, unknown>[]
): Promise<string[]> {
  const store = documentStore(container, table)
  await store.softDeleteLines(oldLineIds)
  const created: { id: string }[] = await store.createLines(
    lines.map((line) => ({ ...line, [store.documentKey]: documentId }))
  )
  return created.map((line) => line.id)
}

/** Saves the changed columns of a draft requisition or purchase order. */
export async function updateDocument(
  container: MedusaContainer,
  table: EditableDocumentTable,
  changes: Record<string, unknown>
) {
  await documentStore(container, table).update(changes)
}

/** Compensation of an edit: drops the lines it created, restores those it removed, resets the columns. */
export async function undoDocumentEdit(
  container: MedusaContainer,
  table: EditableDocumentTable,
  undo: DocumentEditUndo
) {
  const store = documentStore(container, table)
  if (undo.createdLineIds.length) {
    await store.deleteLines(undo.createdLineIds)
  }
  if (undo.removedLineIds.length) {
    await store.restoreLines(undo.removedLineIds)
  }
  await store.update(undo.previous)
}
