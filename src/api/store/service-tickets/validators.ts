import { z } from "@medusajs/framework/zod"
import { ticketAttachments } from "../../admin/service-tickets/validators"
import {
  STAGE_CATEGORY_VALUES,
  TICKET_TYPES,
} from "../../../modules/helpdesk/models/service-ticket"

export const StoreGetServiceTicketParams = z.object({}).strict()

export type StoreGetServiceTicketsParamsType = z.infer<typeof StoreGetServiceTicketsParams>
export const StoreGetServiceTicketsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z
      .enum(["created_at", "-created_at", "updated_at", "-updated_at"])
      .default("-created_at"),
    stage_category: z
      .union([z.enum(STAGE_CATEGORY_VALUES), z.array(z.enum(STAGE_CATEGORY_VALUES))])
      .optional(),
    order_id: z.string().optional(),
  })
  .strict()

export type StoreCreateServiceTicketType = z.infer<typeof StoreCreateServiceTicket>
export const StoreCreateServiceTicket = z
  .object({
    subject: z.string().trim().min(1).max(255),
    description: z.string().trim().min(1).max(20_000),
    type: z.enum(TICKET_TYPES).optional(),
    order_id: z.string().min(1).optional(),
    line_item_ids: z.array(z.string().min(1)).max(100).optional(),
    variant_id: z.string().min(1).optional(),
  })
  .strict()

export type StoreAddTicketMessageType = z.infer<typeof StoreAddTicketMessage>
export const StoreAddTicketMessage = z
  .object({
    body: z.string().trim().min(1).max(20_000),
    attachments: ticketAttachments.optional(),
  })
  .strict()

export const StoreTicketAction = z.object({}).strict()
