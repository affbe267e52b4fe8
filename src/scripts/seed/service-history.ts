import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { REPAIR_MODULE } from "../../modules/repair"
import type RepairModuleService from "../../modules/repair/service"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import type SparePartsModuleService from "../../modules/spare-parts/service"
import { SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import { resolveWarrantyEntitlement } from "../../workflows/warranty/resolve-warranty-entitlement"
import { createManualWarrantyRegistrationsWorkflow } from "../../workflows/warranty/workflows/manual-registrations"

const DAY = 86_400_000
const UNITS = 48
const IMPORTED = { imported: "erp", source: "Service history of the previous ERP" }

/** Units of the fleet that came back under warranty: index into the fleet, days after the sale. */
const PAST_REPAIRS: { unit: number; after_days: number; fault: "ME-01" | "ME-02" | "NF-00"; repeat?: boolean }[] = [
  { unit: 0, after_days: 120, fault: "ME-01" },
  { unit: 2, after_days: 95, fault: "ME-02" },
  { unit: 3, after_days: 210, fault: "ME-01" },
  { unit: 5, after_days: 150, fault: "ME-01" },
  { unit: 7, after_days: 60, fault: "NF-00" },
  { unit: 8, after_days: 240, fault: "ME-01" },
  { unit: 11, after_days: 130, fault: "ME-01" },
  { unit: 11, after_days: 150, fault: "ME-01", repeat: true },
  { unit: 14, after_days: 80, fault: "ME-02" },
  { unit: 17, after_days: 175, fault: "ME-01" },
  { unit: 20, after_days: 110, fault: "ME-01" },
  { unit: 23, after_days: 45, fault: "ME-01" },
  { unit: 26, after_days: 140, fault: "ME-02" },
  { unit: 29, after_days: 70, fault: "ME-01" },
  { unit: 31, after_days: 90, fault: "NF-00" },
  { unit: 34, after_days: 55, fault: "ME-01" },
  { unit: 37, after_days: 40, fault: "ME-01" },
]

const FINDINGS: Record<string, [string, string, "repaired" | "no_fault_found"]> = {
  "ME-01": ["Vibration pump worn, 4-5 bar instead of 9.", "Pump replaced, descaled, 9 bar over 20 shots.", "repaired"],
  "ME-02": ["Pump seal leaking into the drip tray.", "Pump and seal replaced, leak test passed.", "repaired"],
  "NF-00": ["Pressure and temperature within specification over 30 shots.", "No fault found; grind advice given.", "no_fault_found"],
}

/**
 * The service history a merchant brings from the previous ERP: 48 Aurora espresso machines sold
 * through a retail partner over the last 22 months (registered as units sold elsewhere) and the
 * warranty repairs they needed, with their pump consumption in the stock ledger. It gives the
 * repair analytics real turnaround and first-time-fix figures (one repeat repair within 30 days)
 * and the parts forecast an installed base with an observed failure rate.
 */
export async function seedServiceHistory(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)

  const {
    data: [aurora],
  } = await query.graph({
    entity: "product",
    fields: ["id", "title", "categories.id", "variants.id", "variants.sku"],
    filters: { handle: "aurora-espresso-machine" },
  })
  const [pump] = await spareParts.listSpareParts({ part_number: "SP-AUR-PUMP" })
  if (!aurora || !pump) {
    return
  }
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  const workshop = locations.find((location) => location.name.includes("Hamburg")) ?? locations[0]
  const technicians = await repair.listTechnicians({ is_active: true }, { order: { name: "ASC" } })
  const variant = (aurora as any).variants[0]
  const now = Date.now()

  const { result: fleet } = await createManualWarrantyRegistrationsWorkflow(container).run({
    input: {
      registrations: Array.from({ length: UNITS }, (_, index) => {
        const soldAt = new Date(now - (670 - index * 13) * DAY)
        return {
          customer_name: `Café customer ${index + 1}`,
          customer_email: `owner${index + 1}@cafe-partner.example`,
          product_id: aurora.id,
          variant_id: variant.id,
          sku: variant.sku,
          product_title: aurora.title,
          serial_number: `AUR-CP-${1001 + index}`,
          purchased_at: soldAt,
          starts_at: soldAt,
          metadata: { ...IMPORTED, sold_by: "Café Supply GmbH (retail partner)" },
        }
      }),
      audit: SYSTEM_AUDIT_CONTEXT,
    },
  })

  let previousCompletion: Date | null = null
  let repairs = 0
  for (const [index, past] of PAST_REPAIRS.entries()) {
    const unit = (fleet as any[])[past.unit]
    const created = past.repeat && previousCompletion
      ? new Date(previousCompletion.getTime() + 12 * DAY)
      : new Date(new Date(unit.purchased_at).getTime() + past.after_days * DAY)
    if (created.getTime() > now - 20 * DAY) {
      continue
    }
    const received = new Date(created.getTime() + 2 * DAY)
    const completed = new Date(received.getTime() + (3 + (index % 5)) * DAY)
    const returned = new Date(completed.getTime() + DAY)
    const closed = new Date(returned.getTime() + 2 * DAY)
    previousCompletion = completed
    const technician = technicians.length ? technicians[index % technicians.length] : null
    const entitlement = await resolveWarrantyEntitlement(container, { registration_id: unit.id, at: created })
    const [findings, resolution, outcome] = FINDINGS[past.fault]
    const [order] = (await repair.createRepairOrders([
      {
        number: await repair.nextRepairOrderNumber(),
        source: "admin",
        customer_email: unit.customer_email,
        customer_name: unit.customer_name,
        product_id: aurora.id,
        variant_id: variant.id,
        product_title: aurora.title,
        product_category_ids: ((aurora as any).categories ?? []).map((category: any) => category.id),
        serial_number: unit.serial_number,
        warranty_registration_id: unit.id,
        warranty_status: entitlement.status,
        entitlement,
        fault_description: past.repeat
          ? "Same problem again: pressure drops after a few shots."
          : "Weak pressure, loud pump, watery coffee.",
        intake_condition: "Used, clean housing.",
        arrival_mode: "drop_off",
        location_id: workshop?.id ?? null,
        pipeline_key: "repair_order",
        stage: "closed",
        stage_category: "closed",
        technician_id: technician?.id ?? null,
        planned_start_at: received,
        planned_end_at: new Date(received.getTime() + 6 * DAY),
        fault_codes: [past.fault],
        findings,
        repair_plan: outcome === "repaired" ? "Replace pump, descale, pressure test." : null,
        outcome,
        resolution_notes: resolution,
        quality_check_passed: true,
        quality_check_at: completed,
        customer_rating: past.repeat ? 3 : 4 + (index % 2),
        approved_at: created,
        received_at: received,
        completed_at: completed,
        returned_at: returned,
        closed_at: closed,
        created_at: created,
        metadata: IMPORTED,
      },
    ] as any)) as unknown as { id: string; number: string }[]
    if (outcome === "repaired" && workshop) {
      await repair.createRepairPartLines([
        {
          repair_order_id: order.id,
          spare_part_id: pump.id,
          part_number: pump.part_number,
          name: pump.name,
          location_id: workshop.id,
          quantity: 1,
          quantity_issued: 1,
          status: "issued",
          unit_cost: pump.unit_cost ?? 0,
          unit_price: pump.unit_cost ?? 0,
          covered: true,
        },
      ] as any)
      // The pump left stock for the repair and the supplier's next delivery replaced it,
      // so the imported history leaves today's host stock as it is.
      const base = {
        part_id: pump.id,
        inventory_item_id: pump.inventory_item_id,
        location_id: workshop.id,
        quantity: 1,
        actor_type: "system",
        metadata: IMPORTED,
      }
      await spareParts.createStockMovements([
        { ...base, type: "issue", quantity: -1, reference_type: "repair_order", reference_id: order.id, occurred_at: new Date(completed.getTime() - DAY) },
        { ...base, type: "receipt", reference_type: "goods_receipt", reference_id: `ERP-GR-${order.number}`, occurred_at: new Date(completed.getTime() + 5 * DAY) },
      ] as any)
    }
    await repair.createRepairLabourLines([
      {
        repair_order_id: order.id,
        technician_id: technician?.id ?? null,
        description: outcome === "repaired" ? "Pump replacement and pressure test" : "Diagnosis and test shots",
        hours: outcome === "repaired" ? 1.5 : 0.75,
        hourly_cost: technician?.hourly_rate ?? 0,
        hourly_price: 60,
        covered: true,
      },
    ] as any)
    repairs++
  }
  logger.info(`Service history imported: ${UNITS} partner-sold espresso machines under warranty, ${repairs} past warranty repairs.`)
}
