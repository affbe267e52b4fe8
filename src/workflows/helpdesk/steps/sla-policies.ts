import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type SlaPolicyFields = {
  name: string
  description?: string | null
  priority?: "low" | "normal" | "high" | "urgent" | null
  customer_tier?: string | null
  first_response_minutes?: number | null
  next_response_minutes?: number | null
  resolution_minutes?: number | null
  warning_percent?: number
  calendar_id: string
  rank?: number
  is_active?: boolean
  escalate_on_breach?: boolean
}

export type UpdateSlaPolicyInput = Partial<SlaPolicyFields> & { id: string }

const TARGETS = ["first_response_minutes", "next_response_minutes", "resolution_minutes"] as const

/** 400 when the calendar does not exist or the policy would have no target at all. */
async function assertValidPolicy(helpdesk: HelpdeskModuleService, policy: Partial<SlaPolicyFields>) {
  if (TARGETS.every((target) => policy[target] === null || policy[target] === undefined)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "An SLA policy needs at least one target: first_response_minutes, next_response_minutes or resolution_minutes."
    )
  }
  const [calendar] = await helpdesk.listBusinessCalendars({ id: policy.calendar_id }, { take: 1 })
  if (!calendar) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Business calendar ${policy.calendar_id} was not found.`
    )
  }
}

const POLICY_FIELDS = [
  "name",
  "description",
  "priority",
  "customer_tier",
  ...TARGETS,
  "warning_percent",
  "calendar_id",
  "rank",
  "is_active",
  "escalate_on_breach",
] as const

export const createSlaPolicyStep = createStep(
  "create-sla-policy",
  async (input: SlaPolicyFields, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await assertValidPolicy(helpdesk, input)
    const policy = await helpdesk.createSlaPolicies(input as any)
    return new StepResponse(policy, policy.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteSlaPolicies(id)
  }
)

export const updateSlaPolicyStep = createStep(
  "update-sla-policy",
  async (input: UpdateSlaPolicyInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.retrieveSlaPolicy(input.id)
    const merged = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) }
    await assertValidPolicy(helpdesk, merged as Partial<SlaPolicyFields>)
    const after = await helpdesk.updateSlaPolicies(input as any)
    const previous = {
      id: before.id,
      ...Object.fromEntries(POLICY_FIELDS.map((field) => [field, before[field] ?? null])),
    }
    return new StepResponse({ before, after }, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateSlaPolicies(previous as any)
  }
)

/** Soft-deletes a policy; tickets that started under it keep being measured by it. */
export const deleteSlaPolicyStep = createStep(
  "delete-sla-policy",
  async (id: string, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const policy = await helpdesk.retrieveSlaPolicy(id)
    await helpdesk.softDeleteSlaPolicies(id)
    return new StepResponse(policy, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.restoreSlaPolicies(id)
  }
)
