import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { TicketActivityInput } from "../types"

/** Writes timeline rows, in the given order; the compensation removes them again. */
export const createTicketActivitiesStep = createStep(
  "create-ticket-activities",
  async (activities: TicketActivityInput[], { container }) => {
    if (!activities.length) {
      return new StepResponse([] as { id: string }[], [] as string[])
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const now = Date.now()
    const created: { id: string }[] = await helpdesk.createTicketActivities(
      // rows of one change get distinct times (1 ms apart) so the timeline keeps their order
      activities.map((activity, index) => ({
        ...activity,
        data: activity.data ?? null,
        created_at: new Date(now + index),
      })) as any[]
    )
    return new StepResponse(
      created,
      created.map((activity) => activity.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteTicketActivities(ids)
  }
)
