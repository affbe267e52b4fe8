import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { REPAIR_MODULE } from "../../modules/repair"
import RepairModuleService from "../../modules/repair/service"
import { SPARE_PARTS_MODULE } from "../../modules/spare-parts"
import SparePartsModuleService from "../../modules/spare-parts/service"
import { SYSTEM_AUDIT_CONTEXT } from "../../workflows/audit/types"
import { addRepairLabourLineWorkflow } from "../../workflows/repair/workflows/repair-labour-lines"
import {
  addRepairPartLineWorkflow,
  issueRepairPartLineWorkflow,
  reserveRepairPartLineWorkflow,
} from "../../workflows/repair/workflows/repair-part-lines"
import { acceptRepairQuoteWorkflow, sendRepairQuoteWorkflow } from "../../workflows/repair/workflows/repair-quote"
import { transitionRepairOrderWorkflow } from "../../workflows/repair/workflows/transition-repair-order"

/** Which seeded spare part a repair of a product most likely needs (by product title). */
const PART_BY_PRODUCT: { match: RegExp; part_number: string; labour: string; hours: number }[] = [
  { match: /espresso|aurora/i, part_number: "SP-AUR-PUMP", labour: "Replace water pump, descale and pressure test", hours: 1.5 },
  { match: /vacuum|nimbus/i, part_number: "SP-NIM-BATT", labour: "Swap battery pack and run charge cycle test", hours: 0.75 },
  { match: /bike|volt|scooter/i, part_number: "SP-VLT-BRAKE", labour: "Replace brake pads and adjust", hours: 1 },
]

type SeedRepair = {
  id: string
  number: string
  stage: string
  product_title: string | null
  location_id: string | null
  customer_id: string | null
  technician_id: string | null
}

/**
 * Parts, labour and quotes on the repair orders the repairs seed created: repairs in
 * repair or quality check use reserved-then-issued parts and booked labour, repairs waiting
 * for parts hold a reservation, one repair in diagnosis gets a pending quote and another (a
 * received unit whose diagnosis starts, if needed) an accepted one with its host draft order. Looks repairs up by stage; does nothing without
 * any (or when parts were seeded already). Every change runs through the workflows.
 */
export async function seedRepairCosts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)

  const repairs = (await repair.listRepairOrders(
    { stage: ["diagnosing", "awaiting_parts", "in_repair", "quality_check"] },
    { order: { created_at: "ASC" }, take: null }
  )) as unknown as SeedRepair[]
  if (!repairs.length) {
    logger.info("Repair costs demo skipped: no repair orders in diagnosis or repair were seeded.")
    return
  }
  const [existing] = await repair.listRepairPartLines({}, { take: 1 })
  if (existing) {
    logger.info("Repair costs demo already seeded.")
    return
  }
  const parts = await spareParts.listSpareParts({ status: ["active", "phase_out"] }, { take: null })
  if (!parts.length) {
    logger.info("Repair costs demo skipped: no spare parts were seeded.")
    return
  }
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  const warehouse = locations.find((location) => location.name.includes("Hamburg")) ?? locations[0]
  const audit = SYSTEM_AUDIT_CONTEXT

  const planFor = (order: SeedRepair) => {
    const plan = PART_BY_PRODUCT.find((candidate) => candidate.match.test(order.product_title ?? ""))
    const part = parts.find((candidate) => candidate.part_number === plan?.part_number) ?? parts[0]
    return {
      part,
      labour: plan?.labour ?? "Diagnosis and repair",
      hours: plan?.hours ?? 1,
      location_id: order.location_id ?? warehouse?.id,
    }
  }

  const counts = { parts: 0, issued: 0, labour: 0, quotes: 0, accepted: 0, failed: 0 }
  const attempt = async (what: string, order: SeedRepair, run: () => Promise<unknown>) => {
    try {
      await run()
      return true
    } catch (error) {
      counts.failed++
      logger.warn(`Repair costs demo: ${what} on ${order.number} failed: ${(error as Error).message}`)
      return false
    }
  }

  const addLines = async (order: SeedRepair, partStep: "planned" | "reserved" | "issued") => {
    const plan = planFor(order)
    if (!plan.location_id) {
      return
    }
    let lineId: string | null = null
    await attempt("part line", order, async () => {
      const { result } = await addRepairPartLineWorkflow(container).run({
        input: {
          repair_order_id: order.id,
          spare_part_id: plan.part.id,
          quantity: 1,
          location_id: plan.location_id,
          audit,
        },
      })
      lineId = result.id
      counts.parts++
    })
    if (lineId && partStep !== "planned") {
      const reserved = await attempt("reservation", order, () =>
        reserveRepairPartLineWorkflow(container).run({
          input: { repair_order_id: order.id, line_id: lineId!, audit },
        })
      )
      if (reserved && partStep === "issued") {
        await attempt("issue", order, async () => {
          await issueRepairPartLineWorkflow(container).run({
            input: { repair_order_id: order.id, line_id: lineId!, audit },
          })
          counts.issued++
        })
      }
    }
    await attempt("labour line", order, async () => {
      await addRepairLabourLineWorkflow(container).run({
        input: {
          repair_order_id: order.id,
          technician_id: order.technician_id,
          description: plan.labour,
          hours: plan.hours,
          audit,
        },
      })
      counts.labour++
    })
  }

  for (const order of repairs.filter((candidate) => ["in_repair", "quality_check"].includes(candidate.stage))) {
    await addLines(order, "issued")
  }
  for (const order of repairs.filter((candidate) => candidate.stage === "awaiting_parts")) {
    await addLines(order, "reserved")
  }

  // Quotes go to repairs in diagnosis with a customer account (accepting needs one); when there
  // are fewer than two, received units start their diagnosis first. Each quote also carries a
  // maintenance service the warranty never covers, so even a warranty repair has a price.
  const quoteCandidates = repairs.filter((candidate) => candidate.stage === "diagnosing" && candidate.customer_id)
  if (quoteCandidates.length < 2) {
    const received = (await repair.listRepairOrders(
      { stage: "received", customer_id: { $ne: null } } as any,
      { order: { created_at: "ASC" }, take: 2 - quoteCandidates.length }
    )) as unknown as SeedRepair[]
    for (const order of received) {
      const moved = await attempt("start of diagnosis", order, () =>
        transitionRepairOrderWorkflow(container).run({
          input: { id: order.id, to_stage: "diagnosing", note: "Diagnosis started", audit },
        })
      )
      if (moved) {
        quoteCandidates.push({ ...order, stage: "diagnosing" })
      }
    }
  }
  for (const [index, order] of quoteCandidates.slice(0, 2).entries()) {
    await addLines(order, "planned")
    await attempt("service labour line", order, () =>
      addRepairLabourLineWorkflow(container).run({
        input: {
          repair_order_id: order.id,
          technician_id: order.technician_id,
          description: "Descaling and maintenance service (not covered by the warranty)",
          hours: 0.5,
          covered: false,
          audit,
        },
      })
    )
    const quoted = await attempt("quote", order, async () => {
      await sendRepairQuoteWorkflow(container).run({
        input: {
          repair_order_id: order.id,
          note: "Parts and labour as found in the diagnosis. Valid for 14 days.",
          audit,
        },
      })
      counts.quotes++
    })
    if (quoted && index === 1) {
      await attempt("quote acceptance", order, async () => {
        await acceptRepairQuoteWorkflow(container).run({
          input: {
            repair_order_id: order.id,
            customer_id: order.customer_id!,
            audit: { actor_type: "customer", actor_id: order.customer_id },
          },
        })
        counts.accepted++
      })
    }
  }

  logger.info(
    `Repair costs seeded: ${counts.parts} part lines (${counts.issued} issued), ${counts.labour} labour lines, ${counts.quotes} quotes (${counts.accepted} accepted with a draft order)${counts.failed ? `, ${counts.failed} steps skipped` : ""}.`
  )
}
