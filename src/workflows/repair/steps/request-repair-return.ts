import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReturnOrderWorkflow,
  cancelReturnRequestWorkflow,
  cancelReturnWorkflow,
  confirmReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"

export type RequestRepairReturnInput = {
  repair_order_id: string
  repair_number: string
  order_id: string
  line_item_id: string
  location_id: string | null
} | null

/**
 * A shipped-in unit comes back through a host return: the return of one unit of the order
 * line is requested (begin, add the item, confirm) so the customer can send it and the
 * warehouse receives it with the host's own flow. Returns the return id. Rolling back
 * cancels the return.
 */
export const requestRepairReturnStep = createStep(
  "request-repair-return",
  async (input: RequestRepairReturnInput, { container }) => {
    if (!input) {
      return new StepResponse(null as string | null, null as string | null)
    }
    if (!input.location_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "No stock location can receive the shipped-in unit; give a location_id."
      )
    }
    const { result: change } = await beginReturnOrderWorkflow(container).run({
      input: {
        order_id: input.order_id,
        location_id: input.location_id,
        description: `Unit sent in for repair ${input.repair_number}`,
        internal_note: `Repair ${input.repair_number}`,
        // marks the return as a repair intake, not a refund return (see the README)
        metadata: { repair_order_id: input.repair_order_id, repair_number: input.repair_number },
      },
    })
    const returnId = change.return_id as string
    try {
      await requestItemReturnWorkflow(container).run({
        input: {
          return_id: returnId,
          items: [
            {
              id: input.line_item_id,
              quantity: 1,
              internal_note: `Repair ${input.repair_number}`,
            },
          ],
        },
      })
      await confirmReturnRequestWorkflow(container).run({ input: { return_id: returnId } })
    } catch (error) {
      await cancelReturnRequestWorkflow(container)
        .run({ input: { return_id: returnId } })
        .catch(() => undefined)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The host return for the shipped-in unit could not be requested: ${(error as Error).message}`
      )
    }
    return new StepResponse(returnId as string | null, returnId as string | null)
  },
  async (returnId, { container }) => {
    if (!returnId) {
      return
    }
    await cancelReturnWorkflow(container).run({ input: { return_id: returnId, no_notification: true } })
  }
)
