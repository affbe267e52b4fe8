import { MedusaError } from "@medusajs/framework/utils"
import { TICKET_VERSION_CONFLICT } from "../../modules/helpdesk/service"
import { REPAIR_ORDER_VERSION_CONFLICT } from "../../modules/repair/service"

/** Version-guarded records: the error code of a stale write and how its message starts. */
const VERSIONED_RECORDS = [
  { code: TICKET_VERSION_CONFLICT, message: /^Service ticket / },
  { code: REPAIR_ORDER_VERSION_CONFLICT, message: /^Repair order / },
]

/**
 * Medusa's error handler replaces the message of every CONFLICT error with a generic one
 * about idempotency keys. A stale ticket or repair order version deserves its own
 * explanation, so it is re-thrown as an HTTP 409 error that keeps the message
 * ({ type: "conflict", message }). Errors from workflow steps may arrive without their code;
 * the message then tells which record it was.
 */
export function rethrowVersionConflict(error: unknown): never {
  const candidate = error as { code?: string; type?: string; message?: string }
  const message = candidate?.message ?? ""
  const record =
    VERSIONED_RECORDS.find((entry) => entry.code === candidate?.code) ??
    (candidate?.type === MedusaError.Types.CONFLICT && /was changed by someone else/.test(message)
      ? VERSIONED_RECORDS.find((entry) => entry.message.test(message))
      : undefined)
  if (record) {
    throw Object.assign(new Error(message), {
      status: 409,
      statusCode: 409,
      expose: true,
      code: record.code,
    })
  }
  throw error
}
