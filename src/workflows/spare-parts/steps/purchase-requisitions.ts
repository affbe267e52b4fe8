import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertRequisitionAction,
  chooseSupplierOffer,
  linesTotal,
  RequisitionStatus,
} from "../../../lib/spare-parts/procurement"
import { suggestOrderQuantity } from "../../../lib/spare-parts/reorder-policy"
import type { AuditContext } from "../../audit/types"
import {
  assertMayDecide,
  checkRule,
  findApplicableApprovalRule,
  loadActiveSupplier,
  loadOffers,
  loadOrderableParts,
  replaceDocumentLines,
  sparePartsService,
  undoDocumentEdit,
  updateDocument,
} from "./procurement-helpers"

export type RequisitionLineInput = {
  part_id: string
  location_id: string
  quantity: number
  estimated_unit_price?: number | null
}

export type CreateRequisitionInput = {
  reason?: string | null
  supplier_id?: string | null
  currency_code?: string
  alert_id?: string | null
  metadata?: Record<string, unknown> | null
  lines: RequisitionLineInput[]
}

export type UpdateRequisitionInput = {
  id: string
  reason?: string | null
  supplier_id?: string | null
  lines?: RequisitionLineInput[]
}

export async function loadRequisition(container: any, id: string) {
  const [requisition] = await sparePartsService(container).listPurchaseRequisitions(
    { id },
    { relations: ["lines"] }
  )
  if (!requisition) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase requisition with id: ${id} was not found`)
  }
  return requisition
}

/**
 * Lines with part snapshots and estimated prices: the given price, else the suggested
 * supplier's offer, else the best offer (preferred, then cheapest), else the part's unit cost.
 */
async function buildLines(container: any, lines: RequisitionLineInput[], supplierId: string | null) {
  if (supplierId) {
    await loadActiveSupplier(container, supplierId)
  }
  const parts = await loadOrderableParts(container, lines)
  const offers = await loadOffers(container, lines.map((line) => line.part_id))
  return lines.map((line) => {
    const part = parts.get(line.part_id)!
    const offer = chooseSupplierOffer(offers.get(line.part_id) ?? [], supplierId)
    return {
      part_id: part.id,
      part_number: part.part_number,
      part_name: part.name,
      category: part.category,
      location_id: line.location_id,
      quantity: line.quantity,
      estimated_unit_price: line.estimated_unit_price ?? offer?.unit_price ?? part.unit_cost ?? 0,
    }
  })
}

export const createRequisitionStep = createStep(
  "create-purchase-requisition",
  async (input: CreateRequisitionInput & { requested_by: string | null }, { container }) => {
    const spareParts = sparePartsService(container)
    const lines = await buildLines(container, input.lines, input.supplier_id ?? null)
    const [number] = await spareParts.nextDocumentNumbers("requisition")
    const requisition = await spareParts.createPurchaseRequisitions({
      number,
      status: "draft",
      requested_by: input.requested_by,
      reason: input.reason ?? null,
      alert_id: input.alert_id ?? null,
      supplier_id: input.supplier_id ?? null,
      currency_code: input.currency_code ?? "eur",
      metadata: input.metadata ?? null,
      estimated_total: linesTotal(lines.map((line) => ({ quantity: line.quantity, unit_price: line.estimated_unit_price }))),
      lines,
    } as any)
    return new StepResponse(requisition, requisition.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await sparePartsService(container).deletePurchaseRequisitions(id)
  }
)

/** Edits a draft: reason, suggested supplier, and (replacing them all) the lines. */
export const updateRequisitionStep = createStep(
  "update-purchase-requisition",
  async (input: UpdateRequisitionInput, { container }) => {
    const before = await loadRequisition(container, input.id)
    checkRule(() => assertRequisitionAction(before.number, before.status as RequisitionStatus, "update"))
    const supplierId = input.supplier_id !== undefined ? input.supplier_id : before.supplier_id
    const changes: Record<string, unknown> = { id: before.id }
    if (input.reason !== undefined) {
      changes.reason = input.reason
    }
    if (input.supplier_id !== undefined) {
      changes.supplier_id = input.supplier_id
      if (input.supplier_id) {
        await loadActiveSupplier(container, input.supplier_id)
      }
    }
    let createdLineIds: string[] = []
    if (input.lines) {
      const lines = await buildLines(container, input.lines, supplierId)
      changes.estimated_total = linesTotal(
        lines.map((line) => ({ quantity: line.quantity, unit_price: line.estimated_unit_price }))
      )
      createdLineIds = await replaceDocumentLines(
        container,
        "purchase_requisition",
        before.id,
        before.lines.map((line) => line.id),
        lines
      )
    }
    await updateDocument(container, "purchase_requisition", changes)
    const after = await loadRequisition(container, input.id)
    return new StepResponse(
      { before, after },
      {
        previous: {
          id: before.id,
          reason: before.reason,
          supplier_id: before.supplier_id,
          estimated_total: before.estimated_total,
        },
        removedLineIds: input.lines ? before.lines.map((line) => line.id) : [],
        createdLineIds,
      }
    )
  },
  async (undo, { container }) => {
    if (undo) {
      await undoDocumentEdit(container, "purchase_requisition", undo)
    }
  }
)

/**
 * Decides what submitting a draft does: the approval rule that applies (status
 * pending_approval, waiting for its role) or, with no rule, approval at once.
 */
export const prepareRequisitionSubmissionStep = createStep(
  "prepare-purchase-requisition-submission",
  async (input: { id: string }, { container }) => {
    const requisition = await loadRequisition(container, input.id)
    const from = checkRule(() =>
      assertRequisitionAction(requisition.number, requisition.status as RequisitionStatus, "submit")
    )
    if (!requisition.lines.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Requisition ${requisition.number} has no lines: add at least one part before submitting it.`
      )
    }
    const rule = await findApplicableApprovalRule(container, {
      document_type: "requisition",
      amount: Number(requisition.estimated_total),
      categories: requisition.lines.map((line) => line.category),
    })
    const now = new Date()
    const changes: Record<string, unknown> = rule
      ? {
          status: "pending_approval",
          approval_rule_id: rule.id,
          required_approver_role: rule.approver_role,
          submitted_at: now,
        }
      : {
          status: "approved",
          approval_rule_id: null,
          required_approver_role: null,
          submitted_at: now,
          approved_at: now,
        }
    return new StepResponse({ requisition, from, changes, rule: rule ? { id: rule.id, name: rule.name } : null })
  }
)

/** Loads a requisition and checks that the action is allowed in its status. */
export const prepareRequisitionActionStep = createStep(
  "prepare-purchase-requisition-action",
  async (input: { id: string; action: "approve" | "reject" | "cancel"; audit: AuditContext }, { container }) => {
    const requisition = await loadRequisition(container, input.id)
    const from = checkRule(() =>
      assertRequisitionAction(requisition.number, requisition.status as RequisitionStatus, input.action)
    )
    if (input.action !== "cancel") {
      await assertMayDecide(container, {
        document: `Requisition ${requisition.number}`,
        requested_by: requisition.requested_by,
        required_role: requisition.required_approver_role,
        audit: input.audit,
        action: input.action,
      })
    }
    return new StepResponse({ requisition, from })
  }
)

/**
 * The line of a requisition raised from a stock alert: the alert's part and location, the
 * quantity the part's reorder policy suggests now (available and incoming stock, the offer's
 * MOQ and pack size; the alert's own suggestion when the part has no policy), and the
 * preferred supplier. Refuses alerts that are resolved or already have an open requisition.
 */
export const prepareRequisitionFromAlertStep = createStep(
  "prepare-requisition-from-alert",
  async (input: { alert_id: string }, { container }) => {
    const spareParts = sparePartsService(container)
    const [alert] = await spareParts.listStockAlerts({ id: input.alert_id })
    if (!alert) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock alert with id: ${input.alert_id} was not found`)
    }
    if (alert.status === "resolved") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The stock alert is resolved: there is nothing to reorder.")
    }
    const [existing] = await spareParts.listPurchaseRequisitions(
      { alert_id: alert.id, status: ["draft", "pending_approval", "approved", "converted"] },
      { select: ["id", "number", "status"] }
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Requisition ${existing.number} (${existing.status.replace(/_/g, " ")}) was already raised from this alert.`
      )
    }
    const part = await spareParts.retrieveSparePart(alert.part_id, {
      select: ["id", "part_number", "inventory_item_id"],
    })
    const offers = (await loadOffers(container, [part.id])).get(part.id) ?? []
    const offer = chooseSupplierOffer(offers, null)
    const [policy] = await spareParts.listReorderPolicies({ part_id: part.id, location_id: alert.location_id })
    let quantity = alert.suggested_quantity
    if (policy) {
      const levels = await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: part.inventory_item_id, location_id: alert.location_id })
      const available = levels.reduce(
        (sum, level) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
        0
      )
      const [incoming] = await spareParts.listIncomingQuantities({
        part_ids: [part.id],
        location_ids: [alert.location_id],
      })
      quantity = suggestOrderQuantity({
        policy: policy as any,
        available,
        incoming: incoming?.incoming ?? 0,
        min_order_quantity: offer?.min_order_quantity,
        pack_size: offer?.pack_size,
      }).quantity
    }
    if (!quantity || quantity <= 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${part.part_number} needs no order now: the stock on hand and on open purchase orders covers its reorder policy.`
      )
    }
    return new StepResponse({
      alert_id: alert.id,
      supplier_id: offer?.supplier_id ?? null,
      currency_code: offer?.currency_code ?? "eur",
      lines: [{ part_id: part.id, location_id: alert.location_id, quantity }],
    })
  }
)
