import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveLabourHourlyPrice } from "../../../lib/repair/costs"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService from "../../../modules/repair/service"
import { AuditContext } from "../../audit/types"

/** Stage categories in which a repair's parts, labour and quote can no longer change. */
const FINISHED_CATEGORIES = ["resolved", "closed", "canceled"]

export type CostRepairOrder = {
  id: string
  number: string
  version: number
  stage: string
  stage_category: string
  pipeline_key: string
  currency_code: string
  customer_id: string | null
  customer_email: string | null
  customer_name: string | null
  order_id: string | null
  line_item_id: string | null
  variant_id: string | null
  location_id: string | null
  warranty_status: string
  entitlement: Record<string, unknown> | null
  quote_status: string
  quote_amount: number | null
  draft_order_id: string | null
  claim_id: string | null
  outcome: string | null
}

/** The repair order fields the cost workflows decide on; 404 when it does not exist. */
export async function loadCostRepairOrder(
  container: MedusaContainer,
  id: string
): Promise<CostRepairOrder> {
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const [order] = await repair.listRepairOrders({ id }, { take: 1 })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair order with id: ${id} was not found`)
  }
  const record = order as any
  return {
    ...record,
    quote_amount: record.quote_amount === null || record.quote_amount === undefined ? null : Number(record.quote_amount),
    entitlement: (record.entitlement ?? null) as Record<string, unknown> | null,
  }
}

/** 400 when the repair is completed, closed or canceled (its costs are final). */
export function assertRepairOpenForCosts(order: Pick<CostRepairOrder, "number" | "stage" | "stage_category">) {
  if (FINISHED_CATEGORIES.includes(order.stage_category)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Repair order ${order.number} is ${order.stage}; its parts, labour and quote can no longer change.`
    )
  }
}

/**
 * The price of a labour hour: the repair module's `labourHourlyPrice` option (host role:
 * `modules[].options` of the repair module; plugin role: the plugin options), else
 * DEFAULT_LABOUR_HOURLY_PRICE.
 */
export function labourHourlyPriceOf(container: MedusaContainer): number {
  let option: unknown
  try {
    const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as any
    const modules = config?.modules ?? {}
    const entries = Array.isArray(modules) ? modules : Object.entries(modules).map(([key, value]) => ({ key, ...(value as any) }))
    const repairModule = entries.find(
      (entry: any) => entry?.key === REPAIR_MODULE || String(entry?.resolve ?? "").endsWith("modules/repair")
    )
    option = repairModule?.options?.labourHourlyPrice
    if (option === undefined) {
      const plugin = (config?.plugins ?? []).find(
        (entry: any) => typeof entry === "object" && entry?.options?.labourHourlyPrice !== undefined
      )
      option = plugin?.options?.labourHourlyPrice
    }
  } catch {
    option = undefined
  }
  return resolveLabourHourlyPrice(option)
}

export function activityActorOf(audit: AuditContext): { actor_type: "user" | "customer" | "system"; actor_id: string | null } {
  if (audit.actor_type === "customer" || audit.actor_type === "user") {
    return { actor_type: audit.actor_type, actor_id: audit.actor_id }
  }
  return { actor_type: "system", actor_id: audit.actor_id }
}

export type RepairCostActivityInput = {
  repair_order_id: string
  type: string
  audit: AuditContext
  from_stage?: string | null
  to_stage?: string | null
  is_public?: boolean
  data?: Record<string, unknown> | null
}

/** Timeline entries of the cost workflows (parts, labour, quote, replacement). */
export const recordRepairCostActivitiesStep = createStep(
  "record-repair-cost-activities",
  async (inputs: RepairCostActivityInput[], { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    if (!inputs.length) {
      return new StepResponse([], [] as string[])
    }
    const created = await repair.createRepairActivities(
      inputs.map((input) => ({
        repair_order_id: input.repair_order_id,
        type: input.type,
        ...activityActorOf(input.audit),
        from_stage: input.from_stage ?? null,
        to_stage: input.to_stage ?? null,
        is_public: input.is_public ?? false,
        data: input.data ?? null,
      })) as any[]
    )
    const ids = (created as unknown as any[]).map((activity) => activity.id as string)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.deleteRepairActivities(ids)
  }
)

export type TouchRepairOrderInput = {
  id: string
  /** The version the caller saw; the change is refused with 409 when the order moved on. */
  expected_version?: number | null
  changes?: Record<string, unknown>
  /** Replacement claims may be made for completed repairs. */
  allow_finished?: boolean
}

/**
 * The last write of every cost workflow: applies `changes` to the repair order and bumps its
 * version, only while the order still has `expected_version` (409 otherwise) and is still
 * open. Running last means a concurrent change (another user, a cancel) rolls back the
 * stock, reservations and lines the workflow already moved.
 */
export const touchRepairOrderForCostsStep = createStep(
  "touch-repair-order-for-costs",
  async (input: TouchRepairOrderInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const before = await loadCostRepairOrder(container, input.id)
    if (!input.allow_finished) {
      assertRepairOpenForCosts(before)
    }
    const changes = input.changes ?? {}
    const after = await repair.updateRepairOrderIfVersion(
      input.id,
      input.expected_version ?? before.version,
      changes
    )
    const restore = Object.fromEntries(
      Object.keys(changes)
        .filter((key) => changes[key] !== undefined)
        .map((key) => [key, (before as any)[key] ?? null])
    )
    return new StepResponse(after, { id: input.id, restore })
  },
  async (compensation, { container }) => {
    if (!compensation || !Object.keys(compensation.restore).length) {
      return
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    await repair.updateRepairOrderIfVersion(compensation.id, null, compensation.restore)
  }
)
