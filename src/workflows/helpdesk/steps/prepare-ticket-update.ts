import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  ServiceTicketChanges,
  TICKET_VERSION_CONFLICT,
} from "../../../modules/helpdesk/service"

export type ServiceTicketUpdate = {
  subject?: string
  description?: string | null
  type?: string
  priority?: string
  tags?: string[]
  team?: string | null
  related_entity_type?: string | null
  related_entity_id?: string | null
  metadata?: Record<string, unknown> | null
}

export type PrepareTicketUpdateInput = {
  id: string
  expected_version?: number
  update: ServiceTicketUpdate
}

export type PreparedTicketUpdate = {
  id: string
  number: string
  expected_version: number
  changes: ServiceTicketChanges
  before: Record<string, unknown>
  after: Record<string, unknown>
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Keeps only the fields that really change; refuses a stale expected_version (409). */
export const prepareTicketUpdateStep = createStep(
  "prepare-service-ticket-update",
  async (input: PrepareTicketUpdateInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ticket = await helpdesk.retrieveServiceTicket(input.id)
    if (input.expected_version !== undefined && input.expected_version !== ticket.version) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Service ticket ${ticket.number} was changed by someone else (it is at version ${ticket.version}, you sent ${input.expected_version}). Reload it and try again.`,
        TICKET_VERSION_CONFLICT
      )
    }
    const update: ServiceTicketUpdate = { ...input.update }
    if (update.tags) {
      update.tags = [...new Set(update.tags)]
    }
    if (
      (update.related_entity_type === undefined) !== (update.related_entity_id === undefined) ||
      (update.related_entity_type === null) !== (update.related_entity_id === null)
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "related_entity_type and related_entity_id are set (or cleared) together."
      )
    }
    const changes: Record<string, unknown> = {}
    const before: Record<string, unknown> = {}
    for (const [field, value] of Object.entries(update)) {
      if (value === undefined || same(ticket[field], value)) {
        continue
      }
      changes[field] = value
      before[field] = ticket[field] ?? null
    }
    const prepared: PreparedTicketUpdate = {
      id: ticket.id,
      number: ticket.number,
      expected_version: ticket.version,
      changes: changes as ServiceTicketChanges,
      before,
      after: changes,
    }
    return new StepResponse(prepared)
  }
)
