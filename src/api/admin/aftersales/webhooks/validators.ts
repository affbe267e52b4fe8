import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  isAftersalesEventName,
  AFTERSALES_EVENT_NAMES,
} from "../../../../lib/events"

const webhookUrl = z
  .string()
  .url({ message: "Give a full http:// or https:// URL." })
  .refine((value) => /^https?:\/\//i.test(value), {
    message: "Webhook URLs must use http or https.",
  })

const subscribedEvents = z
  .array(
    z.string().refine((name) => name === "*" || isAftersalesEventName(name), {
      message: `Unknown event. Use "*" or one of: ${AFTERSALES_EVENT_NAMES.join(", ")}.`,
    })
  )
  .min(1, { message: "Subscribe to at least one event, or \"*\" for all." })
  .transform((events) => [...new Set(events)])

export const AdminGetWebhookParams = z.object({ fields: z.string().optional() })

export type AdminGetWebhooksParamsType = z.infer<typeof AdminGetWebhooksParams>
export const AdminGetWebhooksParams = createFindParams({ limit: 50, offset: 0 })
  .merge(
    z.object({
      q: z.string().optional(),
      is_active: z
        .preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean())
        .optional(),
    })
  )
  .strict()

export type AdminCreateWebhookType = z.infer<typeof AdminCreateWebhook>
export const AdminCreateWebhook = z
  .object({
    url: webhookUrl,
    description: z.string().max(500).nullish(),
    events: subscribedEvents,
    is_active: z.boolean().default(true),
  })
  .strict()

export type AdminUpdateWebhookType = z.infer<typeof AdminUpdateWebhook>
export const AdminUpdateWebhook = z
  .object({
    url: webhookUrl.optional(),
    description: z.string().max(500).nullish(),
    events: subscribedEvents.optional(),
    is_active: z.boolean().optional(),
  })
  .strict()

export type AdminGetWebhookDeliveriesParamsType = z.infer<
  typeof AdminGetWebhookDeliveriesParams
>
export const AdminGetWebhookDeliveriesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
})
  .merge(
    z.object({
      status: z
        .union([
          z.enum(["pending", "succeeded", "failed"]),
          z.array(z.enum(["pending", "succeeded", "failed"])),
        ])
        .optional(),
      event_name: z.union([z.string(), z.array(z.string())]).optional(),
    })
  )
  .strict()
