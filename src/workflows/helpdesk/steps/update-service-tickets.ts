import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService, {
  ServiceTicketChanges,
  ServiceTicketRecord,
} from "../../../modules/helpdesk/service"

export type TicketUpdate = {
  id: string
  /**
   * The version the change was decided on: the update only applies if the ticket still has
   * it (CONFLICT otherwise). Undefined: the version read here. Null: no check.
   */
  expected_version?: number | null
  changes: ServiceTicketChanges
}

export type AppliedTicketUpdate = {
  before: ServiceTicketRecord
  after: ServiceTicketRecord
}

type Compensation = { id: string; restore: ServiceTicketChanges }[]

/**
 * Applies changes to tickets with optimistic concurrency (see updateTicketIfVersion). The
 * compensation puts the changed fields back.
 */
export const updateServiceTicketsStep = createStep(
  "update-service-tickets",
  async (updates: TicketUpdate[], { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const applied: AppliedTicketUpdate[] = []
    const compensation: Compensation = []
    try {
      for (const update of updates) {
        const before = await helpdesk.retrieveServiceTicket(update.id)
        const expected =
          update.expected_version === undefined ? before.version : update.expected_version
        const after = await helpdesk.updateTicketIfVersion(update.id, expected, update.changes)
        applied.push({ before, after })
        compensation.push({
          id: update.id,
          restore: Object.fromEntries(
            Object.keys(update.changes)
              .filter((key) => update.changes[key] !== undefined)
              .map((key) => [key, before[key] ?? null])
          ),
        })
      }
    } catch (error) {
      // earlier tickets of this step are not compensated by the engine when the step fails
      for (const { id, restore } of compensation.reverse()) {
        await helpdesk.updateTicketIfVersion(id, null, restore)
      }
      throw error
    }
    return new StepResponse(applied, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    for (const { id, restore } of [...compensation].reverse()) {
      await helpdesk.updateTicketIfVersion(id, null, restore)
    }
  }
)
