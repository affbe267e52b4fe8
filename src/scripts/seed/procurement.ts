import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import SparePartsModuleService from "../../modules/spare-parts/service"
import { AuditContext, SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import { createApprovalRuleWorkflow } from "../../workflows/spare-parts/workflows/approval-rules"
import { savePartSupplierOffersWorkflow } from "../../workflows/spare-parts/workflows/part-supplier-offers"
import {
  orderPurchaseOrderWorkflow,
  approvePurchaseOrderWorkflow,
  closePurchaseOrderWorkflow,
  receiveGoodsWorkflow,
} from "../../workflows/spare-parts/workflows/purchase-orders"
import {
  convertPurchaseRequisitionsWorkflow,
  createPurchaseRequisitionWorkflow,
  decidePurchaseRequisitionWorkflow,
  submitPurchaseRequisitionWorkflow,
} from "../../workflows/spare-parts/workflows/purchase-requisitions"
import { createSupplierWorkflow } from "../../workflows/spare-parts/workflows/suppliers"

const DAY = 24 * 60 * 60 * 1000

/** Used only when the parts seed created no suppliers. */
const DEMO_SUPPLIERS = [
  {
    code: "ULKA",
    name: "Ulka Componenti S.r.l.",
    contact_name: "Giulia Ferri",
    email: "orders@ulka.example",
    phone: "+39 02 5550 1200",
    address: { address_1: "Via Torino 18", postal_code: "20123", city: "Milano", country_code: "it" },
    payment_terms: "30 days net",
    lead_time_days: 7,
  },
  {
    code: "VOLTCELL",
    name: "Voltcell Energy GmbH",
    contact_name: "Jan Hoffmann",
    email: "vertrieb@voltcell.example",
    phone: "+49 711 555 300",
    address: { address_1: "Industriestraße 9", postal_code: "70565", city: "Stuttgart", country_code: "de" },
    payment_terms: "14 days 2% discount, 30 days net",
    lead_time_days: 10,
  },
  {
    code: "PARTSHUB",
    name: "PartsHub Europe B.V.",
    contact_name: "Sanne de Boer",
    email: "purchasing@partshub.example",
    phone: "+31 20 555 7788",
    address: { address_1: "Havenweg 3", postal_code: "1043", city: "Amsterdam", country_code: "nl" },
    payment_terms: "45 days net",
    lead_time_days: 5,
  },
]

async function userId(container: MedusaContainer, email: string): Promise<string | null> {
  const [user] = await container.resolve(Modules.USER).listUsers({ email })
  return user?.id ?? null
}

/**
 * Procurement demo: suppliers (unless the parts seed made some), an offer per part, approval
 * rules, requisitions in every state, and purchase orders with on-time and late receipts so
 * supplier performance has figures. Runs after the parts and stock seeds; skips without parts.
 */
export async function seedProcurement(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const parts = await spareParts.listSpareParts({ status: ["active", "phase_out"] }, { order: { part_number: "ASC" } })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1 })
  if (!parts.length || !location) {
    logger.info("Procurement demo skipped: no spare parts or stock location were seeded.")
    return
  }
  const purchaserId = await userId(container, "purchaser@example.com")
  const approverId = await userId(container, "approver@example.com")
  const asPurchaser: AuditContext = purchaserId ? { actor_type: "user", actor_id: purchaserId } : SYSTEM_AUDIT_CONTEXT
  const asApprover: AuditContext = approverId ? { actor_type: "user", actor_id: approverId } : SYSTEM_AUDIT_CONTEXT

  let suppliers = await spareParts.listSuppliers({ is_active: true }, { order: { code: "ASC" } })
  if (!suppliers.length) {
    for (const supplier of DEMO_SUPPLIERS) {
      await createSupplierWorkflow(container).run({ input: { supplier, audit: SYSTEM_AUDIT_CONTEXT } })
    }
    suppliers = await spareParts.listSuppliers({ is_active: true }, { order: { code: "ASC" } })
  }

  // Every part needs an offer to be convertible into a purchase order.
  const offers = await spareParts.listPartSuppliers({ part_id: parts.map((part) => part.id) })
  const offered = new Set(offers.map((offer) => offer.part_id))
  const missing = parts.filter((part) => !offered.has(part.id))
  if (missing.length) {
    await savePartSupplierOffersWorkflow(container).run({
      input: {
        offers: missing.map((part, index) => ({
          part_id: part.id,
          supplier_id: suppliers[index % suppliers.length].id,
          supplier_part_number: `${suppliers[index % suppliers.length].code}-${part.part_number}`,
          unit_price: Math.max(Math.round(Number(part.unit_cost ?? 12) * 100) / 100, 1),
          min_order_quantity: 1,
          pack_size: index % 2 ? 5 : 1,
          is_preferred: true,
        })),
        audit: SYSTEM_AUDIT_CONTEXT,
      },
    })
  }

  const categories = [...new Set(parts.map((part) => part.category).filter((category): category is string => !!category))]
  const rules = [
    { name: "Requisitions from €250", document_type: "requisition" as const, min_amount: 250, approver_role: "approver", rank: 10 },
    { name: "Purchase orders from €1,000", document_type: "purchase_order" as const, min_amount: 1000, approver_role: "approver", rank: 10 },
    ...(categories.length
      ? [{ name: `Any ${categories[0]} order from €50`, document_type: "requisition" as const, min_amount: 50, category: categories[0], approver_role: "approver", rank: 0 }]
      : []),
  ]
  for (const rule of rules) {
    await createApprovalRuleWorkflow(container).run({ input: { approval_rule: rule, audit: SYSTEM_AUDIT_CONTEXT } })
  }

  const part = (index: number) => parts[index % parts.length]
  const line = (index: number, quantity: number) => ({ part_id: part(index).id, location_id: location.id, quantity })
  const requisition = async (reason: string, lines: ReturnType<typeof line>[]) =>
    (
      await createPurchaseRequisitionWorkflow(container).run({
        input: { requisition: { reason, lines }, audit: asPurchaser },
      })
    ).result
  const submit = (id: string) => submitPurchaseRequisitionWorkflow(container).run({ input: { id, audit: asPurchaser } })
  const decide = (id: string, action: "approve" | "reject" | "cancel", reason?: string) =>
    decidePurchaseRequisitionWorkflow(container).run({
      input: { id, action, reason, audit: action === "cancel" ? asPurchaser : asApprover },
    })
  const statusOf = async (id: string) => (await spareParts.retrievePurchaseRequisition(id)).status

  // Requisitions in each state.
  await requisition("Top up before the spring service season", [line(0, 2)])
  const pending = await requisition("Large repair backlog at the Hamburg workshop", [line(1, 25), line(2, 10)])
  await submit(pending.id)
  const rejected = await requisition("Extra stock for a possible promotion", [line(1, 60)])
  await submit(rejected.id)
  if ((await statusOf(rejected.id)) === "pending_approval") {
    await decide(rejected.id, "reject", "Promotion is not confirmed; order when marketing commits.")
  }
  const canceled = await requisition("Duplicate of an earlier request", [line(4, 3)])
  await decide(canceled.id, "cancel", "Raised twice by mistake")
  const approvedOnly = await requisition("Replace parts used for warranty repairs", [line(2, 12)])
  await submit(approvedOnly.id)
  if ((await statusOf(approvedOnly.id)) === "pending_approval") {
    await decide(approvedOnly.id, "approve")
  }

  // Purchase orders with a delivery history: on time, late, damaged and closed short, partial, open.
  const histories: {
    lines: ReturnType<typeof line>[]
    orderedDaysAgo: number
    leadDays: number
    receipts: { daysAgo: number; share: number; damaged?: number }[]
    close?: string
  }[] = [
    { lines: [line(0, 10)], orderedDaysAgo: 45, leadDays: 7, receipts: [{ daysAgo: 39, share: 1 }], close: "" },
    { lines: [line(1, 8), line(3, 6)], orderedDaysAgo: 30, leadDays: 7, receipts: [{ daysAgo: 21, share: 0.5, damaged: 1 }, { daysAgo: 18, share: 1 }] },
    { lines: [line(2, 20)], orderedDaysAgo: 20, leadDays: 10, receipts: [{ daysAgo: 11, share: 1, damaged: 2 }], close: "Supplier cannot replace the damaged units" },
    { lines: [line(4, 12)], orderedDaysAgo: 14, leadDays: 10, receipts: [{ daysAgo: 3, share: 0.5 }] },
    { lines: [line(5, 6)], orderedDaysAgo: 2, leadDays: 9, receipts: [] },
  ]
  for (const [index, history] of histories.entries()) {
    const source = await requisition(`Replenishment ${index + 1}`, history.lines)
    await submit(source.id)
    if ((await statusOf(source.id)) === "pending_approval") {
      await decide(source.id, "approve")
    }
    const { result: orders } = await convertPurchaseRequisitionsWorkflow(container).run({
      input: { requisition_ids: [source.id], audit: asPurchaser },
    })
    for (const order of orders) {
      const [withTotal] = await spareParts.listPurchaseOrders({ id: order.id }, { select: ["id", "total"] })
      if (Number(withTotal.total) >= 1000) {
        await approvePurchaseOrderWorkflow(container).run({ input: { id: order.id, audit: asApprover } })
      }
      await orderPurchaseOrderWorkflow(container).run({ input: { id: order.id, audit: asPurchaser } })
      // Demo history: the order was placed in the past (the workflow stamps "now").
      const orderedAt = new Date(Date.now() - history.orderedDaysAgo * DAY)
      await spareParts.updatePurchaseOrders({
        id: order.id,
        ordered_at: orderedAt,
        expected_at: new Date(orderedAt.getTime() + history.leadDays * DAY),
      } as any)
      for (const receipt of history.receipts) {
        const current = await spareParts.listPurchaseOrderLines({ purchase_order_id: order.id })
        const lines = current
          .map((orderLine) => {
            const accepted = orderLine.received_quantity - orderLine.damaged_quantity
            const delivered = Math.max(Math.ceil(orderLine.quantity * receipt.share) - accepted, 0)
            const damaged = Math.min(receipt.damaged ?? 0, delivered)
            return { purchase_order_line_id: orderLine.id, quantity_received: delivered, quantity_damaged: damaged }
          })
          .filter((receiptLine) => receiptLine.quantity_received > 0)
        if (lines.length) {
          await receiveGoodsWorkflow(container).run({
            input: {
              receipt: { purchase_order_id: order.id, received_at: new Date(Date.now() - receipt.daysAgo * DAY), lines },
              audit: asPurchaser,
            },
          })
        }
      }
      if (history.close !== undefined) {
        await closePurchaseOrderWorkflow(container).run({
          input: { id: order.id, reason: history.close || null, audit: asPurchaser },
        })
      }
    }
  }
  logger.info(`Procurement demo seeded: ${suppliers.length} suppliers, ${rules.length} approval rules, requisitions and purchase orders.`)
}
