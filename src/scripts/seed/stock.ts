import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import SparePartsModuleService from "../../modules/spare-parts/service"
import { AuditContext, SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import {
  applyStockMovements,
  StockMovementInput,
} from "../../workflows/spare-parts/steps/apply-stock-movements"
import { recordStockMovementWorkflow } from "../../workflows/spare-parts/workflows/record-stock-movement"
import { evaluateStockAlertsWorkflow } from "../../workflows/spare-parts/workflows/stock-alerts"
import {
  decideStocktakeWorkflow,
  enterStocktakeCountsWorkflow,
  openStocktakeWorkflow,
  postStocktakeWorkflow,
} from "../../workflows/spare-parts/workflows/stocktakes"

const MUNICH = "Munich service centre"
const DAY = 24 * 60 * 60 * 1000

/** Repair consumption in each of the last three weeks at the main warehouse, by part number. */
const WEEKLY_REPAIR_DEMAND: Record<string, number[]> = {
  "SP-AUR-PUMP": [1, 0, 1],
  "SP-AUR-BURR": [1, 1, 0],
  "SP-AUR-BURR-C": [0, 1, 1],
  "SP-NIM-BATT": [1, 0, 1],
  "SP-NIM-BRUSH": [2, 3, 2],
  "SP-VLT-BRAKE": [1, 2, 1],
}

/** Units moved to Munich at the end of the history. */
const MUNICH_TRANSFERS: Record<string, number> = {
  "SP-NIM-BRUSH": 12,
  "SP-NIM-BATT": 3,
  "SP-AUR-PUMP": 2,
}

async function userId(container: MedusaContainer, email: string): Promise<string | null> {
  const [user] = await container.resolve(Modules.USER).listUsers({ email }, { select: ["id"] })
  return user?.id ?? null
}

const asUser = (id: string | null): AuditContext =>
  id ? { actor_type: "user", actor_id: id } : SYSTEM_AUDIT_CONTEXT

/**
 * Stock demo: this month's movements at the main warehouse (a receipt, then weekly repair
 * issues that use it up again, so the parts seed's quantities stay; earlier months come from
 * the parts-demand seed's imported ERP history),
 * a second location "Munich service centre" stocked by transfers with a shrinkage adjustment,
 * a posted stocktake there and an open one at the warehouse, and the alerts the current stock
 * raises (the brake pads sit below their reorder point). Runs after the parts seed and before
 * procurement; skips without parts.
 */
export async function seedStock(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const parts = await spareParts.listSpareParts({}, { order: { part_number: "ASC" } })
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  const warehouse = locations.find((location) => location.name.includes("Hamburg")) ?? locations[0]
  if (!parts.length || !warehouse) {
    logger.info("Stock demo skipped: no spare parts or stock location were seeded.")
    return
  }
  const manager = asUser(await userId(container, "parts@example.com"))
  const technician = asUser(await userId(container, "technician@example.com"))
  const approver = asUser(await userId(container, "approver@example.com"))
  const actorOf = (audit: AuditContext) => ({ actor_type: audit.actor_type, actor_id: audit.actor_id })

  // --- this month: a receipt, then weekly repair issues using it up (earlier months are the
  // ERP history the parts-demand seed imports, so the two do not overlap) ---
  const now = new Date()
  const monthStart = new Date(now.getFullYear(), now.getMonth(), 1, 8).getTime()
  const daysAgo = (days: number) => new Date(Math.max(monthStart, now.getTime() - days * DAY))
  let repairNumber = 1000
  let movementCount = 0
  for (const [index, part] of parts.entries()) {
    const weekly = WEEKLY_REPAIR_DEMAND[part.part_number] ?? [1, 0, 1]
    const issues = weekly.map((units, week) => ({ units: units + (index % 2), week }))
    const total = issues.reduce((sum, issue) => sum + issue.units, 0)
    const movements: StockMovementInput[] = [
      {
        part_id: part.id,
        location_id: warehouse.id,
        type: "receipt",
        quantity: total,
        reason: "Weekly replenishment from the central depot",
        reference_type: "manual",
        unit_cost: part.unit_cost === null ? null : Number(part.unit_cost),
        occurred_at: daysAgo(24),
      },
      ...issues
        .filter(({ units }) => units > 0)
        .map(({ units, week }) => ({
          part_id: part.id,
          location_id: warehouse.id,
          type: "issue" as const,
          quantity: -units,
          reference_type: "repair_order",
          reference_id: `RO-${String(++repairNumber).padStart(6, "0")}`,
          occurred_at: daysAgo(18 - week * 6),
        })),
    ]
    await applyStockMovements(container, { movements, actor: actorOf(index % 2 ? technician : manager) })
    movementCount += movements.length
  }

  // --- a second location, stocked by transfers; one unit of shrinkage found there ---
  const existingMunich = locations.find((location) => location.name === MUNICH)
  const munich =
    existingMunich ??
    (
      await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: MUNICH, address: { address_1: "Leopoldstraße 40", city: "Munich", country_code: "de", postal_code: "80802" } }] },
      })
    ).result[0]
  const partByNumber = new Map(parts.map((part) => [part.part_number, part]))
  for (const [partNumber, quantity] of Object.entries(MUNICH_TRANSFERS)) {
    const part = partByNumber.get(partNumber)
    if (!part) {
      continue
    }
    await recordStockMovementWorkflow(container).run({
      input: {
        movement: { type: "receipt", part_id: part.id, location_id: warehouse.id, quantity, reason: "Stock for the Munich service centre" },
        audit: manager,
      },
    })
    await recordStockMovementWorkflow(container).run({
      input: {
        movement: { type: "transfer", part_id: part.id, location_id: warehouse.id, to_location_id: munich.id, quantity },
        audit: manager,
      },
    })
    movementCount += 3
  }
  const brushes = partByNumber.get("SP-NIM-BRUSH")
  if (brushes) {
    await recordStockMovementWorkflow(container).run({
      input: {
        movement: { type: "adjustment", part_id: brushes.id, location_id: munich.id, quantity: -1, reason: "Pack damaged in transit" },
        audit: manager,
      },
    })
    movementCount += 1
  }

  // --- stocktakes: Munich counted, approved by someone else and posted; the warehouse open ---
  const { result: munichCount } = await openStocktakeWorkflow(container).run({
    input: { stocktake: { location_id: munich.id, notes: "Quarterly count" }, audit: manager },
  })
  const munichLines = await spareParts.listStocktakeLines({ stocktake_id: munichCount.id } as any)
  await enterStocktakeCountsWorkflow(container).run({
    input: {
      id: munichCount.id,
      counts: munichLines.map((line, index) => ({
        part_id: line.part_id,
        counted_quantity: index === 0 ? Math.max(0, line.expected_quantity - 1) : line.expected_quantity,
      })),
      audit: manager,
    },
  })
  await decideStocktakeWorkflow(container).run({ input: { id: munichCount.id, action: "submit", audit: manager } })
  await decideStocktakeWorkflow(container).run({ input: { id: munichCount.id, action: "approve", audit: approver } })
  await postStocktakeWorkflow(container).run({ input: { id: munichCount.id, audit: manager } })

  const { result: warehouseCount } = await openStocktakeWorkflow(container).run({
    input: { stocktake: { location_id: warehouse.id, blind_count: true, notes: "Year-end count, blind" }, audit: manager },
  })
  const warehouseLines = await spareParts.listStocktakeLines({ stocktake_id: warehouseCount.id } as any)
  await enterStocktakeCountsWorkflow(container).run({
    input: {
      id: warehouseCount.id,
      counts: warehouseLines.slice(0, 2).map((line) => ({ part_id: line.part_id, counted_quantity: line.expected_quantity })),
      audit: technician,
    },
  })

  // --- alerts for what is low now (e.g. the brake pads), with the parts manager e-mailed ---
  const { result: alerts } = await evaluateStockAlertsWorkflow(container).run({ input: {} })

  logger.info(
    `Stock seeded: ${movementCount} movements this month, ${MUNICH} stocked by transfers, stocktakes ${munichCount.number} (posted) and ${warehouseCount.number} (open), stock alerts raised: ${alerts.raised.length}.`
  )
}
