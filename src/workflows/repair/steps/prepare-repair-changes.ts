import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  acceptanceProblem,
  qualityCheckerProblem,
  ratingProblem,
  REPAIR_STAGE_KEYS,
} from "../../../lib/repair/lifecycle"
import { isTerminalCategory } from "../../../lib/process/pipeline"
import type { StageCategory } from "../../../lib/process/types"
import { REPAIR_MODULE } from "../../../modules/repair"
import RepairModuleService, {
  REPAIR_ORDER_VERSION_CONFLICT,
} from "../../../modules/repair/service"

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function notAllowed(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

async function loadOpenRepair(container: MedusaContainer, id: string, expectedVersion?: number) {
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const order = await repair.retrieveRepairOrder(id)
  if (expectedVersion !== undefined && expectedVersion !== order.version) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Repair order ${order.number} was changed by someone else (it is at version ${order.version}, you sent ${expectedVersion}). Reload it and try again.`,
      REPAIR_ORDER_VERSION_CONFLICT
    )
  }
  return order
}

/** Every fault code must be in the catalogue (active or not: old records keep theirs). */
export async function assertKnownFaultCodes(container: MedusaContainer, codes: string[]) {
  if (!codes.length) {
    return
  }
  const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
  const known = await repair.listFaultCodes({ code: codes }, { select: ["code"], take: null })
  const missing = codes.filter((code) => !known.some((row) => row.code === code))
  if (missing.length) {
    invalid(`Unknown fault code(s): ${missing.join(", ")}. Add them to the fault code catalogue first.`)
  }
}

export type PrepareRepairUpdateInput = {
  id: string
  expected_version?: number
  update: Record<string, unknown> & { fault_codes?: string[] }
}

/** Checks an edit of the intake or diagnosis (fault codes from the catalogue, plan dates in order). */
export const prepareRepairUpdateStep = createStep(
  "prepare-repair-order-update",
  async (input: PrepareRepairUpdateInput, { container }) => {
    const order = await loadOpenRepair(container, input.id, input.expected_version)
    const changes: Record<string, unknown> = { ...input.update }
    if (changes.fault_codes) {
      changes.fault_codes = [...new Set(changes.fault_codes as string[])]
      await assertKnownFaultCodes(container, changes.fault_codes as string[])
    }
    const start = (changes.planned_start_at ?? order.planned_start_at) as Date | string | null
    const end = (changes.planned_end_at ?? order.planned_end_at) as Date | string | null
    if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
      invalid("The planned end must not be before the planned start.")
    }
    return new StepResponse({ id: order.id, number: order.number, expected_version: order.version, changes })
  }
)

export type PrepareRepairAssignmentInput = {
  id: string
  technician_id: string | null
  planned_start_at?: Date | string | null
  planned_end_at?: Date | string | null
  expected_version?: number
}

/** An open repair can be given to an active technician (or unassigned with null). */
export const prepareRepairAssignmentStep = createStep(
  "prepare-repair-order-assignment",
  async (input: PrepareRepairAssignmentInput, { container }) => {
    const order = await loadOpenRepair(container, input.id, input.expected_version)
    if (isTerminalCategory(order.stage_category as StageCategory)) {
      notAllowed(`Repair order ${order.number} is ${order.stage}; it can no longer be assigned.`)
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    let technician: { id: string; name: string; user_id: string | null; email: string | null } | null = null
    if (input.technician_id) {
      const [row] = await repair.listTechnicians({ id: input.technician_id }, { take: 1 })
      if (!row) {
        invalid(`Technician ${input.technician_id} was not found.`)
      }
      if (!row.is_active) {
        invalid(`Technician ${row.name} is inactive and cannot take repairs.`)
      }
      technician = { id: row.id, name: row.name, user_id: row.user_id ?? null, email: row.email ?? null }
    }
    const start = input.planned_start_at ?? order.planned_start_at
    const end = input.planned_end_at ?? order.planned_end_at
    if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
      invalid("The planned end must not be before the planned start.")
    }
    return new StepResponse({
      id: order.id,
      number: order.number,
      expected_version: order.version,
      previous_technician_id: order.technician_id ?? null,
      technician,
      changes: {
        technician_id: input.technician_id,
        ...(input.planned_start_at !== undefined && { planned_start_at: input.planned_start_at }),
        ...(input.planned_end_at !== undefined && { planned_end_at: input.planned_end_at }),
      },
    })
  }
)

export type PrepareWorkLogInput = {
  id: string
  author_id: string | null
  technician_id?: string | null
  note: string
  minutes: number
  started_at?: Date | string | null
}

/**
 * A work log on an open repair. The technician is the one named, else the technician
 * profile of the author, else the repair's assigned technician.
 */
export const prepareRepairWorkLogStep = createStep(
  "prepare-repair-work-log",
  async (input: PrepareWorkLogInput, { container }) => {
    const order = await loadOpenRepair(container, input.id)
    if (isTerminalCategory(order.stage_category as StageCategory)) {
      notAllowed(`Repair order ${order.number} is ${order.stage}; work can no longer be logged on it.`)
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    let technicianId = input.technician_id ?? null
    if (technicianId) {
      const [row] = await repair.listTechnicians({ id: technicianId }, { select: ["id"], take: 1 })
      if (!row) {
        invalid(`Technician ${technicianId} was not found.`)
      }
    } else if (input.author_id) {
      const [own] = await repair.listTechnicians({ user_id: input.author_id }, { select: ["id"], take: 1 })
      technicianId = own?.id ?? null
    }
    return new StepResponse({
      repair_order_id: order.id,
      number: order.number,
      technician_id: technicianId ?? order.technician_id ?? null,
      author_id: input.author_id,
      note: input.note,
      minutes: input.minutes,
      started_at: input.started_at ?? null,
    })
  }
)

export type PrepareQualityCheckInput = {
  id: string
  checker_id: string | null
  passed: boolean
  notes?: string | null
  outcome?: string | null
  resolution_notes?: string | null
  expected_version?: number
}

/**
 * A quality check on a repair in the quality check stage, by a second person: neither the
 * assigned technician's user nor anyone who logged work on it (403). Passing completes the
 * repair with its outcome, failing sends it back to repair.
 */
export const prepareQualityCheckStep = createStep(
  "prepare-repair-quality-check",
  async (input: PrepareQualityCheckInput, { container }) => {
    const order = await loadOpenRepair(container, input.id, input.expected_version)
    if (order.stage !== REPAIR_STAGE_KEYS.qualityCheck) {
      notAllowed(
        `Repair order ${order.number} is ${order.stage}; a quality check is recorded when it is in quality check.`
      )
    }
    if (input.passed && !input.outcome) {
      invalid("A passed quality check needs the outcome: repaired, no_fault_found or beyond_economical_repair.")
    }
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const technician = order.technician_id
      ? (await repair.listTechnicians({ id: order.technician_id }, { select: ["id", "user_id"], take: 1 }))[0]
      : null
    const logs = await repair.listRepairWorkLogs(
      { repair_order_id: order.id } as any,
      { select: ["id", "author_id"], take: null }
    )
    const problem = qualityCheckerProblem(
      input.checker_id,
      technician?.user_id ?? null,
      logs.map((log) => log.author_id)
    )
    if (problem) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, problem)
    }
    const now = new Date()
    return new StepResponse({
      id: order.id,
      expected_version: order.version,
      to_stage: input.passed ? REPAIR_STAGE_KEYS.completed : REPAIR_STAGE_KEYS.inRepair,
      outcome: input.passed ? input.outcome ?? null : null,
      resolution_notes: input.passed ? input.resolution_notes ?? null : null,
      extra_changes: {
        quality_check_by: input.checker_id,
        quality_check_at: now,
        quality_check_passed: input.passed,
        quality_check_notes: input.notes ?? null,
      },
      activity_data: {
        quality_check: { passed: input.passed, notes: input.notes ?? null, checked_by: input.checker_id },
      },
    })
  }
)

export type PrepareCustomerFeedbackInput = {
  id: string
  customer_id: string
  kind: "acceptance" | "rating"
  accepted?: boolean
  rating?: number
  feedback?: string | null
}

/**
 * The owner's acceptance of the result or rating (1-5) of a finished repair. Someone
 * else's repair is a 404; rating twice or before completion a 400.
 */
export const prepareCustomerFeedbackStep = createStep(
  "prepare-repair-customer-feedback",
  async (input: PrepareCustomerFeedbackInput, { container }) => {
    const repair: RepairModuleService = container.resolve(REPAIR_MODULE)
    const [order] = await repair.listRepairOrders(
      { id: input.id, customer_id: input.customer_id },
      { take: 1 }
    )
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair order with id: ${input.id} was not found`)
    }
    const changes: Record<string, unknown> = {}
    if (input.kind === "rating") {
      const problem = ratingProblem(order as any)
      if (problem) {
        notAllowed(problem)
      }
      changes.customer_rating = input.rating
      if (input.feedback) {
        changes.customer_feedback = input.feedback
      }
    } else {
      const problem = acceptanceProblem(order as any)
      if (problem) {
        notAllowed(problem)
      }
      if (input.accepted) {
        changes.customer_accepted_at = new Date()
      }
      if (input.feedback) {
        changes.customer_feedback = input.feedback
      }
    }
    return new StepResponse({
      id: order.id,
      number: order.number,
      expected_version: order.version,
      changes,
    })
  }
)
