import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REPAIR_MODULE } from "../../modules/repair"
import RepairModuleService from "../../modules/repair/service"
import { WARRANTY_MODULE } from "../../modules/warranty"
import { AuditContext, SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import { addRepairWorkLogWorkflow } from "../../workflows/repair/workflows/add-repair-work-log"
import { assignRepairOrderWorkflow } from "../../workflows/repair/workflows/assign-repair-order"
import { createRepairOrderWorkflow } from "../../workflows/repair/workflows/create-repair-order"
import { createFaultCodeWorkflow } from "../../workflows/repair/workflows/fault-codes"
import { recordRepairCustomerFeedbackWorkflow } from "../../workflows/repair/workflows/record-customer-feedback"
import { recordQualityCheckWorkflow } from "../../workflows/repair/workflows/record-quality-check"
import { transitionRepairOrderWorkflow } from "../../workflows/repair/workflows/transition-repair-order"
import { updateRepairOrderWorkflow } from "../../workflows/repair/workflows/update-repair-order"

const FAULT_CODES = [
  { code: "EL-01", name: "Power supply failure", category: "electrical", description: "No power or intermittent power; PSU or mains board." },
  { code: "EL-02", name: "Short circuit / blown fuse", category: "electrical", description: "Fuse or protection tripped, burnt components." },
  { code: "ME-01", name: "Pump failure", category: "mechanical", description: "Pump noisy, weak or not building pressure." },
  { code: "ME-02", name: "Seal or gasket leak", category: "mechanical", description: "Worn seals, leaking group head or boiler." },
  { code: "ME-03", name: "Brake wear", category: "mechanical", description: "Brake pads or discs worn, weak braking." },
  { code: "DS-01", name: "Display error code", category: "display", description: "Unit shows an error code on its display." },
  { code: "DS-02", name: "Display or backlight failure", category: "display", description: "Blank, flickering or dim display." },
  { code: "BT-01", name: "Battery capacity loss", category: "battery", description: "Runtime far below specification." },
  { code: "BT-02", name: "Charging fault", category: "battery", description: "Does not charge or dock correctly." },
  { code: "SW-01", name: "Firmware crash or boot loop", category: "software", description: "Restarts, freezes, fails to boot." },
  { code: "SW-02", name: "Navigation or docking software fault", category: "software", description: "Cannot find the base, maps lost." },
  { code: "WD-01", name: "Liquid ingress / water damage", category: "water_damage", description: "Corrosion or liquid inside the housing." },
  { code: "PH-01", name: "Physical damage", category: "physical", description: "Cracked housing, bumper or frame from a fall or impact." },
  { code: "NF-00", name: "No fault found", category: "general", description: "Fault could not be reproduced in the workshop." },
]

type Stage =
  | "requested"
  | "approved"
  | "rejected"
  | "awaiting_unit"
  | "received"
  | "diagnosing"
  | "awaiting_parts"
  | "in_repair"
  | "quality_check"
  | "completed"
  | "returned_to_customer"
  | "closed"
  | "canceled"

type DemoRepair = {
  /** Order line by SKU (unit index) from the demo orders, or a unit sold elsewhere by serial. */
  sku?: string
  unit?: number
  /** `customer`: a demo customer who brings a unit bought elsewhere (second hand, marketplace). */
  walk_in?: { serial: string; email: string; name: string; product: string; customer?: string }
  source: "store" | "admin"
  arrival_mode?: "drop_off" | "ship_in" | "on_site"
  priority?: "low" | "normal" | "high" | "urgent"
  fault: string
  intake?: string
  accessories?: string
  stage: Stage
  fault_codes?: string[]
  findings?: string
  plan?: string
  outcome?: "repaired" | "no_fault_found" | "beyond_economical_repair"
  resolution?: string
  rating?: [number, string]
  work?: [string, number][]
  note?: string
}

const DEMO_REPAIRS: DemoRepair[] = [
  {
    sku: "AUR-ESP-SLV", source: "store", fault: "Pump is very loud and the machine no longer builds pressure; coffee runs out watery.",
    intake: "Light scale on the drip tray, housing fine.", accessories: "Portafilter, tamper",
    stage: "closed", fault_codes: ["ME-01"], findings: "Vibration pump worn, pressure 4 bar instead of 9.",
    plan: "Replace the vibration pump, descale, pressure test.", outcome: "repaired",
    resolution: "Pump replaced, 9 bar measured over 20 shots.", rating: [5, "Fast and friendly, works like new."],
    work: [["Diagnosed pump pressure with gauge", 25], ["Replaced pump and descaled", 70]],
  },
  {
    sku: "AUR-ESP-SLV", source: "store", priority: "high", fault: "Pressure drops again after a week, same noise as before the last repair.",
    stage: "in_repair", fault_codes: ["ME-01", "ME-02"], findings: "New pump fine; a worn group head seal leaks pressure.",
    plan: "Replace the group head gasket and the shower screen.", work: [["Pressure test, found leaking gasket", 30]],
  },
  {
    sku: "NIM-RV-BASE", source: "store", fault: "Battery drains in about 10 minutes, the robot stops in the middle of the room.",
    stage: "quality_check", fault_codes: ["BT-01"], findings: "Battery pack at 38% of its rated capacity.",
    plan: "Swap the battery pack, run a full charge cycle test.", work: [["Capacity test", 20], ["Replaced battery pack", 35]],
  },
  {
    sku: "VLT-SCT-GRA", source: "store", arrival_mode: "ship_in", fault: "Rear brake feels weak and squeals loudly when braking downhill.",
    stage: "awaiting_unit", note: "Please ship the scooter with the return label from your account.",
  },
  {
    walk_in: { serial: "VLT-OLD-0001", email: "jan.devries@example.com", name: "Jan de Vries", product: "Volt City E-Scooter", customer: "jan.devries@example.com" },
    source: "admin", priority: "normal", fault: "Bought second hand: motor cuts out at full speed, then restarts after a few seconds.",
    stage: "diagnosing", fault_codes: ["EL-01"], intake: "Scratches on the deck, tyres worn.",
  },
  {
    walk_in: { serial: "NIM-2019-44817", email: "customer@example.com", name: "Anna Schmidt", product: "Nimbus Robot Vacuum", customer: "customer@example.com" },
    source: "admin", fault: "Older robot bought on a marketplace: left wheel motor grinds and the robot turns in circles.",
    stage: "diagnosing", fault_codes: ["ME-01"], intake: "Worn tyres, dust in the wheel well.",
  },
  {
    sku: "AUR-ESP-BLK", unit: 1, source: "admin", fault: "Display shows error E03 right after switching on.",
    stage: "diagnosing", fault_codes: ["DS-01"], intake: "Unit clean, original box.",
  },
  {
    sku: "AUR-ESP-BLK", unit: 2, source: "admin", fault: "Steam wand produces almost no steam.",
    stage: "completed", fault_codes: ["NF-00"], findings: "Steam wand tip blocked by milk residue; no technical fault.",
    plan: "Clean the steam wand and show the customer the cleaning routine.", outcome: "no_fault_found",
    resolution: "Tip cleaned, steam output within specification.", rating: [4, "Good, a bit embarrassing that it was just milk."],
    work: [["Cleaned steam wand and tested", 15]],
  },
  {
    sku: "NIM-RV-STD", source: "store", fault: "Robot does not dock to the base any more and keeps circling.",
    stage: "awaiting_parts", fault_codes: ["SW-02", "BT-02"], findings: "Docking contacts corroded, firmware 2.1 navigation bug.",
    plan: "Update firmware, replace the docking contact plate.", work: [["Firmware update to 2.4", 20]],
  },
  {
    walk_in: { serial: "AUR-FAIR-0001", email: "fair.buyer@example.com", name: "Ida Nilsson", product: "Aurora Espresso Machine" },
    source: "admin", fault: "Machine stood in a flooded kitchen; no power since.", stage: "returned_to_customer",
    fault_codes: ["WD-01", "EL-02"], findings: "Corrosion on the mains board and the boiler controller.",
    plan: "Repair would cost more than a new machine.", outcome: "beyond_economical_repair",
    resolution: "Customer informed; unit returned unrepaired.", rating: [3, "Sad, but honest advice."],
    work: [["Inspection after liquid ingress", 40]],
  },
  {
    sku: "NIM-RV-STD", source: "store", fault: "Side brush stopped spinning.", stage: "requested",
  },
  {
    walk_in: { serial: "NIM-EXPIRING-01", email: "lena.k@example.com", name: "Lena Kowalski", product: "Nimbus Robot Vacuum" },
    source: "admin", arrival_mode: "on_site", fault: "Cracked front bumper after hitting a door frame.", stage: "approved",
    fault_codes: ["PH-01"],
  },
  {
    walk_in: { serial: "UNREG-7781", email: "marketplace.buyer@example.com", name: "Tom Baker", product: "Aurora Espresso Machine" },
    source: "admin", fault: "Dead on arrival, bought from a third-party seller.", stage: "rejected",
    note: "Not sold by us and no registration: please contact the seller.",
  },
  {
    sku: "AUR-ESP-BLK", unit: 1, source: "store", fault: "Grinder makes a clicking noise.", stage: "canceled",
    note: "Customer found a coffee bean stuck in the grinder.",
  },
  {
    sku: "NIM-RV-BASE", source: "admin", arrival_mode: "drop_off", fault: "Main brush tangles and stops after each run.",
    stage: "received", intake: "Hair wrapped around the brush roll.",
  },
]

/** The pipeline moves from `requested` to each demo stage (QC and later handled separately). */
const PATHS: Record<Stage, string[]> = {
  requested: [],
  approved: ["approved"],
  rejected: ["rejected"],
  awaiting_unit: ["approved", "awaiting_unit"],
  received: ["approved", "received"],
  diagnosing: ["approved", "received", "diagnosing"],
  awaiting_parts: ["approved", "received", "diagnosing", "in_repair", "awaiting_parts"],
  in_repair: ["approved", "received", "diagnosing", "in_repair"],
  quality_check: ["approved", "received", "diagnosing", "in_repair", "quality_check"],
  completed: ["approved", "received", "diagnosing", "in_repair", "quality_check"],
  returned_to_customer: ["approved", "received", "diagnosing", "in_repair", "quality_check"],
  closed: ["approved", "received", "diagnosing", "in_repair", "quality_check"],
  canceled: ["approved", "canceled"],
}

const AFTER_QC: Partial<Record<Stage, string[]>> = {
  completed: [],
  returned_to_customer: ["returned_to_customer"],
  closed: ["returned_to_customer", "closed"],
}

const userAudit = (id: string | null): AuditContext =>
  id ? { actor_type: "user", actor_id: id } : SYSTEM_AUDIT_CONTEXT

/**
 * Repair orders (issue 5): a fault code catalogue and 15 repairs in every stage, on the demo
 * orders' units and on units sold elsewhere, with diagnoses, assignments to the seeded
 * technicians (when there are any), work logs, quality checks by a second person, outcomes
 * and ratings, and a repeat repair of the same espresso machine within 30 days (so the
 * first-time-fix figure has something to count). Everything runs through the workflows.
 * Skipped when repair orders exist.
 */
export async function seedRepairs(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const [existing] = await repair.listRepairOrders({}, { select: ["id"], take: 1 })
  if (existing) {
    logger.info("Repair orders demo already seeded.")
    return
  }

  const knownCodes = new Set((await repair.listFaultCodes({}, { select: ["code"], take: null })).map((c) => c.code))
  for (const faultCode of FAULT_CODES.filter((code) => !knownCodes.has(code.code))) {
    await createFaultCodeWorkflow(container).run({ input: { fault_code: faultCode, audit: SYSTEM_AUDIT_CONTEXT } })
  }

  const { data: users } = await query.graph({ entity: "user", fields: ["id", "email"] })
  const userId = (email: string) => (users as any[]).find((user) => user.email === email)?.id ?? null
  const supervisorId = userId("supervisor@example.com")
  const checkers = ["supervisor@example.com", "approver@example.com", "admin@example.com"]
    .map(userId)
    .filter((id): id is string => !!id)
  const fallbackWorkerId = userId("technician@example.com")

  const technicians = await repair.listTechnicians({ is_active: true }, { order: { name: "ASC" }, take: null })

  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "items.id", "items.variant_sku", "items.quantity"],
  })
  const lineOf = (sku: string) => {
    for (const order of orders as any[]) {
      const item = (order.items ?? []).find((candidate: any) => candidate?.variant_sku === sku)
      if (item) {
        return { order_id: order.id as string, customer_id: order.customer_id as string, line_item_id: item.id as string }
      }
    }
    return null
  }
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email"] })
  const customerId = (email?: string) =>
    email ? ((customers as any[]).find((customer) => customer.email === email)?.id ?? null) : null
  const warranty: any = container.resolve(WARRANTY_MODULE)
  const serialOf = async (lineItemId: string, unit: number) => {
    const [registration] = await warranty.listWarrantyRegistrations(
      { line_item_id: lineItemId, unit_index: unit, kind: "standard" },
      { take: 1 }
    )
    return (registration?.serial_number as string | undefined) ?? null
  }

  let created = 0
  for (const [index, demo] of DEMO_REPAIRS.entries()) {
    const line = demo.sku ? lineOf(demo.sku) : null
    if (demo.sku && !line) {
      logger.warn(`Repair demo: no demo order line for ${demo.sku}; skipped "${demo.fault}".`)
      continue
    }
    const unit = demo.unit ?? 1
    const serial = line ? await serialOf(line.line_item_id, unit) : demo.walk_in!.serial
    const source = line ? demo.source : "admin"
    const customerAudit: AuditContext =
      source === "store" && line ? { actor_type: "customer", actor_id: line.customer_id } : userAudit(supervisorId)
    const { result: order } = await createRepairOrderWorkflow(container).run({
      input: {
        repair_order: {
          source,
          ...(line && {
            order_id: line.order_id,
            line_item_id: line.line_item_id,
            unit_index: unit,
            ...(source === "store" && { store_customer_id: line.customer_id }),
          }),
          ...(demo.walk_in && {
            customer_id: customerId(demo.walk_in.customer),
            customer_email: demo.walk_in.email,
            customer_name: demo.walk_in.name,
            product_title: demo.walk_in.product,
          }),
          serial_number: serial,
          fault_description: demo.fault,
          intake_condition: demo.intake ?? null,
          accessories: demo.accessories ?? null,
          priority: demo.priority ?? "normal",
          arrival_mode: demo.arrival_mode ?? "drop_off",
        },
        audit: customerAudit,
      },
    })
    created++

    const technician = technicians.length ? technicians[index % technicians.length] : null
    const workerId = technician?.user_id ?? fallbackWorkerId
    const staff = userAudit(supervisorId)
    const path = PATHS[demo.stage]
    for (const stage of path) {
      if (stage === "diagnosing" && technician) {
        await assignRepairOrderWorkflow(container).run({
          input: {
            id: order.id,
            technician_id: technician.id,
            planned_start_at: new Date(Date.now() + (index % 3) * 24 * 3600 * 1000),
            planned_end_at: new Date(Date.now() + ((index % 3) + 2) * 24 * 3600 * 1000),
            audit: staff,
          },
        })
      }
      await transitionRepairOrderWorkflow(container).run({
        input: {
          id: order.id,
          to_stage: stage,
          note: stage === path[path.length - 1] ? demo.note ?? null : null,
          audit: ["approved", "rejected", "canceled"].includes(stage) ? staff : userAudit(workerId),
        },
      })
      if (stage === "diagnosing" && (demo.findings || demo.fault_codes?.length)) {
        await updateRepairOrderWorkflow(container).run({
          input: {
            id: order.id,
            update: {
              ...(demo.fault_codes && { fault_codes: demo.fault_codes }),
              ...(demo.findings && { findings: demo.findings }),
              ...(demo.plan && { repair_plan: demo.plan }),
            },
            audit: userAudit(workerId),
          },
        })
      }
      if (stage === "in_repair") {
        for (const [note, minutes] of demo.work ?? []) {
          await addRepairWorkLogWorkflow(container).run({
            input: { repair_order_id: order.id, note, minutes, audit: userAudit(workerId) },
          })
        }
      }
    }
    if (!demo.findings && demo.fault_codes?.length && !path.includes("diagnosing")) {
      await updateRepairOrderWorkflow(container).run({
        input: { id: order.id, update: { fault_codes: demo.fault_codes }, audit: staff },
      })
    }

    const afterQc = AFTER_QC[demo.stage]
    if (afterQc) {
      const checkerId = checkers.find((id) => id !== workerId && id !== technician?.user_id) ?? null
      await recordQualityCheckWorkflow(container).run({
        input: {
          repair_order_id: order.id,
          passed: true,
          outcome: demo.outcome ?? "repaired",
          resolution_notes: demo.resolution ?? null,
          notes: "Function test passed.",
          audit: userAudit(checkerId),
        },
      })
      for (const stage of afterQc) {
        await transitionRepairOrderWorkflow(container).run({
          input: { id: order.id, to_stage: stage, audit: staff },
        })
      }
      if (demo.rating && order.customer_id) {
        const customer: AuditContext = { actor_type: "customer", actor_id: order.customer_id }
        await recordRepairCustomerFeedbackWorkflow(container).run({
          input: { id: order.id, customer_id: order.customer_id, kind: "acceptance", accepted: true, audit: customer },
        })
        await recordRepairCustomerFeedbackWorkflow(container).run({
          input: {
            id: order.id,
            customer_id: order.customer_id,
            kind: "rating",
            rating: demo.rating[0],
            feedback: demo.rating[1],
            audit: customer,
          },
        })
      }
    }
  }
  logger.info(
    `Repair orders demo: ${FAULT_CODES.length} fault codes, ${created} repairs${technicians.length ? ` assigned across ${technicians.length} technicians` : " (no technicians seeded: unassigned)"}.`
  )
}
