import { MedusaError } from "@medusajs/framework/utils"
import { TICKET_VERSION_CONFLICT } from "../../modules/helpdesk/service"

/**
 * Medusa's error handler replaces the message of every CONFLICT error with a generic one
 * about idempotency keys. A stale ticket version deserves its own explanation, so it is
 * re-thrown as an HTTP 409 error that keeps the message ({ type: "conflict", message }).
 */
export function rethrowTicketConflict(error: unknown): never {
  const candidate = error as { code?: string; type?: string; message?: string }
  if (
    candidate?.code === TICKET_VERSION_CONFLICT ||
    (candidate?.type === MedusaError.Types.CONFLICT &&
      /was changed by someone else/.test(candidate.message ?? ""))
  ) {
    throw Object.assign(new Error(candidate.message), {
      status: 409,
      statusCode: 409,
      expose: true,
      code: TICKET_VERSION_CONFLICT,
    })
  }
  throw error
}
