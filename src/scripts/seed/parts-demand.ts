import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  dismissItemReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { periodStart, shiftPeriods } from "../../lib/spare-parts/demand-history"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import SparePartsModuleService from "../../modules/spare-parts/service"
import { AuditContext, SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import { runPartsForecast } from "../../workflows/spare-parts/run-parts-forecast"
import { runPartsSalesBackfill } from "../../workflows/spare-parts/run-parts-sales-backfill"
import { saveReorderPoliciesWorkflow } from "../../workflows/spare-parts/workflows/reorder-policies"
import {
  approveScrapRequestWorkflow,
  createScrapRequestsWorkflow,
  disposeScrapRequestWorkflow,
  rejectScrapRequestWorkflow,
} from "../../workflows/spare-parts/workflows/scrap-requests"
import { startPartsRunWorkflow } from "../../workflows/spare-parts/workflows/start-parts-run"

/**
 * Monthly demand of the last 24 complete months per part, as imported from the merchant's
 * previous ERP (repair consumption and counter sales), oldest first. Shapes: a steady pump,
 * the steel burrs fading out behind their ceramic successor, lumpy battery swaps, brushes
 * selling more in spring, brake pads needed now and then.
 */
const HISTORY: Record<string, { repair: number[]; sales: number[] }> = {
  "SP-AUR-PUMP": {
    repair: [3, 2, 4, 3, 5, 3, 2, 4, 3, 4, 5, 3, 4, 3, 5, 4, 3, 4, 5, 4, 3, 5, 4, 4],
    sales: [1, 0, 1, 1, 0, 2, 1, 0, 1, 1, 2, 1, 0, 1, 1, 2, 1, 1, 0, 2, 1, 1, 2, 1],
  },
  "SP-AUR-BURR": {
    repair: [2, 3, 2, 2, 3, 2, 1, 2, 2, 1, 2, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0],
    sales: [1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  "SP-AUR-BURR-C": {
    repair: [...Array(19).fill(0), 1, 2, 2, 3, 3],
    sales: [...Array(19).fill(0), 0, 1, 1, 1, 2],
  },
  "SP-NIM-BATT": {
    repair: [0, 4, 0, 0, 6, 0, 2, 0, 0, 5, 0, 0, 7, 0, 0, 3, 0, 6, 0, 0, 4, 0, 0, 8],
    sales: [0, 1, 0, 0, 0, 2, 0, 0, 1, 0, 0, 0, 1, 0, 2, 0, 0, 0, 1, 0, 0, 2, 0, 1],
  },
  "SP-NIM-BRUSH": {
    repair: [2, 1, 2, 3, 2, 2, 1, 2, 2, 1, 2, 2, 3, 2, 2, 3, 2, 1, 2, 2, 1, 2, 3, 2],
    sales: [6, 7, 9, 12, 13, 10, 8, 7, 6, 7, 8, 9, 7, 8, 11, 14, 15, 11, 9, 8, 7, 8, 9, 10],
  },
  "SP-VLT-BRAKE": {
    repair: [0, 1, 0, 0, 2, 0, 0, 1, 0, 3, 0, 0, 1, 0, 2, 0, 0, 0, 2, 0, 1, 0, 0, 2],
    sales: [0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 1, 0, 0, 2, 0, 0, 0, 0, 2, 0, 0],
  },
}

type DemoUsers = { parts: AuditContext; approver: AuditContext }

async function demoUsers(container: MedusaContainer): Promise<DemoUsers> {
  const users = await container.resolve(Modules.USER).listUsers({ email: ["parts@example.com", "approver@example.com"] })
  const context = (email: string): AuditContext => ({
    actor_type: "user",
    actor_id: users.find((user) => user.email === email)?.id ?? null,
  })
  return { parts: context("parts@example.com"), approver: context("approver@example.com") }
}

/**
 * Ledger history imported from the previous ERP: each month's repair issues and counter sales,
 * and per quarter the goods receipts that replaced them, so the history nets to zero and the
 * host inventory levels stay the ledger's current truth. Rows carry `metadata.imported`.
 */
async function importLedgerHistory(
  container: MedusaContainer,
  parts: { id: string; part_number: string; inventory_item_id: string }[],
  locationId: string
) {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const currentMonth = periodStart(new Date(), "month")
  const rows: Record<string, unknown>[] = []
  for (const part of parts) {
    const history = HISTORY[part.part_number]
    if (!history) {
      continue
    }
    const months = history.repair.length
    let quarterOut = 0
    for (let index = 0; index < months; index++) {
      const month = shiftPeriods(currentMonth, "month", index - months)
      const at = (day: number) => new Date(month.getTime() + (day - 1) * 86_400_000 + 10 * 3_600_000)
      const base = {
        part_id: part.id,
        inventory_item_id: part.inventory_item_id,
        location_id: locationId,
        actor_type: "system",
        metadata: { imported: true, source: "erp" },
      }
      const stamp = month.toISOString().slice(0, 7)
      if (history.repair[index]) {
        rows.push({
          ...base,
          type: "issue",
          quantity: -history.repair[index],
          reference_type: "repair_order",
          reference_id: `ERP-RO-${stamp}-${part.part_number}`,
          occurred_at: at(9 + (index % 11)),
        })
      }
      if (history.sales[index]) {
        rows.push({
          ...base,
          type: "sale",
          quantity: -history.sales[index],
          reference_type: "order",
          reference_id: `ERP-SO-${stamp}-${part.part_number}`,
          occurred_at: at(14 + (index % 9)),
          metadata: { ...base.metadata, fulfillment_id: `ERP-DN-${stamp}-${part.part_number}` },
        })
      }
      quarterOut += history.repair[index] + history.sales[index]
      if (index % 3 === 2 && quarterOut) {
        rows.push({
          ...base,
          type: "receipt",
          quantity: quarterOut,
          reference_type: "goods_receipt",
          reference_id: `ERP-GR-${stamp}-${part.part_number}`,
          occurred_at: at(26),
        })
        quarterOut = 0
      }
    }
  }
  for (let start = 0; start < rows.length; start += 200) {
    await spareParts.createStockMovements(rows.slice(start, start + 200) as any)
  }
  return rows.length
}

/** A return of the battery on the delivered demo order, received as damaged through the host flow. */
async function returnDamagedBattery(container: MedusaContainer, batteryVariantId: string, locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.variant_id", "fulfillments.delivered_at"],
    filters: { is_draft_order: false },
  })
  for (const order of orders) {
    const item = order.items?.find((candidate: any) => candidate?.variant_id === batteryVariantId)
    if (!item || !order.fulfillments?.some((fulfillment: any) => fulfillment?.delivered_at)) {
      continue
    }
    const { result: change } = await beginReturnOrderWorkflow(container).run({
      input: { order_id: order.id, location_id: locationId, description: "Battery swells after two weeks" },
    })
    const returnId = change.return_id!
    const returned = [{ id: item.id, quantity: 1 }]
    await requestItemReturnWorkflow(container).run({ input: { return_id: returnId, items: returned } })
    await confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } })
    await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } })
    await dismissItemReturnRequestWorkflow(container).run({ input: { return_id: returnId, items: returned } })
    await confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } })
    return returnId
  }
  return null
}

/**
 * Parts demand for the demo: parts sales of the demo orders' fulfilments (backfill), two
 * years of imported ERP history, scrap requests in every state (and one opened by a damaged
 * battery return), the pump's reorder policy following its forecast, and forecasts for every
 * part. Runs after the spare-parts, stock and procurement seeds; does nothing when scrap
 * requests exist already.
 */
export async function seedPartsDemand(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  if ((await spareParts.listScrapRequests({}, { take: 1 })).length) {
    return
  }
  const parts = await spareParts.listSpareParts({}, { select: ["id", "part_number", "inventory_item_id", "variant_id"], take: null })
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  const hamburg = locations.find((location) => location.name.includes("Hamburg")) ?? locations[0]
  if (!parts.length || !hamburg) {
    return
  }
  const part = (number: string) => parts.find((candidate) => candidate.part_number === number)
  const users = await demoUsers(container)

  // Sales of the demo orders, fulfilled before the parts existed: exactly what the backfill is for.
  const { result: backfill } = await startPartsRunWorkflow(container).run({
    input: { kind: "sales_backfill", trigger: "seed", in_background: false, audit: SYSTEM_AUDIT_CONTEXT },
  })
  const sales = await runPartsSalesBackfill(container, backfill.id, { audit: SYSTEM_AUDIT_CONTEXT })
  const imported = await importLedgerHistory(container, parts, hamburg.id)

  // Scrap requests in every state.
  const request = async (
    partNumber: string,
    quantity: number,
    reason: "damaged" | "obsolete" | "expired",
    notes: string
  ) => {
    const found = part(partNumber)
    if (!found) {
      return null
    }
    const { result } = await createScrapRequestsWorkflow(container).run({
      input: {
        scrap_requests: [{ part_id: found.id, location_id: hamburg.id, quantity, reason, notes, source_type: "manual" }],
        audit: users.parts,
      },
    })
    return result[0]
  }
  await request("SP-AUR-BURR", 2, "obsolete", "Steel burrs superseded by the ceramic set; two sets left unsold.")
  const cracked = await request("SP-AUR-PUMP", 1, "damaged", "Pump housing cracked when the shelf collapsed.")
  if (cracked) {
    await approveScrapRequestWorkflow(container).run({ input: { id: cracked.id, audit: users.approver } })
  }
  const aged = await request("SP-NIM-BATT", 1, "expired", "Battery stored for 30 months, below 60% capacity.")
  if (aged) {
    await approveScrapRequestWorkflow(container).run({ input: { id: aged.id, audit: users.approver } })
    await disposeScrapRequestWorkflow(container).run({
      input: { id: aged.id, disposal_method: "recycle", audit: users.parts },
    })
  }
  const dented = await request("SP-VLT-BRAKE", 1, "damaged", "Box dented in transit.")
  if (dented) {
    await rejectScrapRequestWorkflow(container).run({
      input: { id: dented.id, rejection_reason: "Only the packaging is dented; the pads are fine to sell.", audit: users.approver },
    })
  }
  const battery = part("SP-NIM-BATT")
  let returnId: string | null = null
  if (battery?.variant_id) {
    returnId = await returnDamagedBattery(container, battery.variant_id, hamburg.id)
    if (returnId) {
      // The order.return_received subscriber opens the defective-return request; give it a moment.
      for (let attempt = 0; attempt < 40; attempt++) {
        if ((await spareParts.listScrapRequests({ source_id: returnId }, { take: 1 })).length) {
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
  }

  // The pump's policy follows the forecast; the others keep their hand-set numbers as suggestions.
  const pump = part("SP-AUR-PUMP")
  if (pump) {
    await saveReorderPoliciesWorkflow(container).run({
      input: {
        policies: [
          {
            part_id: pump.id,
            location_id: hamburg.id,
            method: "reorder_point",
            reorder_point: 8,
            safety_stock: 3,
            max_quantity: 30,
            follow_forecast: true,
          },
        ],
        audit: SYSTEM_AUDIT_CONTEXT,
      },
    })
  }
  const { result: forecastRun } = await startPartsRunWorkflow(container).run({
    input: { kind: "forecast", trigger: "seed", in_background: false, audit: SYSTEM_AUDIT_CONTEXT },
  })
  const forecast = await runPartsForecast(container, forecastRun.id, { audit: SYSTEM_AUDIT_CONTEXT })
  logger.info(
    `Parts demand seeded: ${sales.changed} sale rows from demo fulfilments, ${imported} imported ledger rows, scrap requests in every state${returnId ? " (one from a damaged return)" : ""}, ${forecast.changed} forecasts.`
  )
}
