import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { nextAttemptAt } from "../../../lib/webhooks/retry"
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  formatSignatureHeader,
  SIGNATURE_HEADER,
  signWebhookBody,
  TIMESTAMP_HEADER,
} from "../../../lib/webhooks/signature"
import { AFTERSALES_AUDIT_MODULE } from "../../../modules/aftersales-audit"
import AftersalesAuditModuleService from "../../../modules/aftersales-audit/service"

const RESPONSE_BODY_LIMIT = 2000

type AttemptOutcome = {
  response_status: number | null
  response_body: string | null
  last_error: string | null
}

async function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number
): Promise<AttemptOutcome> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    })
    const text = await response.text().catch(() => "")
    return {
      response_status: response.status,
      response_body: text.slice(0, RESPONSE_BODY_LIMIT),
      last_error: response.ok ? null : `HTTP ${response.status}`,
    }
  } catch (error) {
    return {
      response_status: null,
      response_body: null,
      last_error: error.cause?.message ?? error.message,
    }
  }
}

/**
 * Sends claimed deliveries: signed JSON POST, then records the outcome and schedules
 * the next attempt with exponential back-off. An HTTP request cannot be taken back,
 * so this step has no compensation.
 */
export const sendWebhookDeliveriesStep = createStep(
  "send-aftersales-webhook-deliveries",
  async (ids: string[], { container }) => {
    if (!ids.length) {
      return new StepResponse([])
    }
    const auditService: AftersalesAuditModuleService = container.resolve(
      AFTERSALES_AUDIT_MODULE
    )
    const settings = auditService.getWebhookSettings()
    const deliveries = await auditService.listAftersalesWebhookDeliveries(
      { id: ids },
      { relations: ["endpoint"] }
    )

    const results = await Promise.all(
      deliveries.map(async (delivery) => {
        const timestamp = Math.floor(Date.now() / 1000)
        const body = JSON.stringify({
          id: delivery.id,
          event: delivery.event_name,
          created_at: delivery.created_at,
          data: delivery.payload,
        })
        const outcome = await post(
          delivery.endpoint.url,
          {
            "content-type": "application/json",
            "user-agent": "medusa-plugin-aftersales-webhooks",
            [EVENT_HEADER]: delivery.event_name,
            [DELIVERY_HEADER]: delivery.id,
            [TIMESTAMP_HEADER]: String(timestamp),
            [SIGNATURE_HEADER]: formatSignatureHeader(
              timestamp,
              signWebhookBody(delivery.endpoint.secret, timestamp, body)
            ),
          },
          body,
          settings.timeoutMs
        )
        const attempts = delivery.attempts + 1
        const succeeded = outcome.last_error === null
        const retryAt = succeeded
          ? null
          : nextAttemptAt(attempts, new Date(), settings)
        return {
          id: delivery.id,
          ...outcome,
          attempts,
          status: succeeded ? "succeeded" : retryAt ? "pending" : "failed",
          next_attempt_at: retryAt,
          delivered_at: succeeded ? new Date() : null,
        } as const
      })
    )
    await auditService.updateAftersalesWebhookDeliveries(results)
    return new StepResponse(results)
  }
)
