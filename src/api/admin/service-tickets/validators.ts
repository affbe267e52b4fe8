import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
} from "@medusajs/medusa/api/utils/validators"
import {
  SLA_STATUS_VALUES,
  STAGE_CATEGORY_VALUES,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_TYPES,
} from "../../../modules/helpdesk/models/service-ticket"
import {
  CALL_OUTCOMES,
  MESSAGE_AUTHOR_TYPES,
  MESSAGE_DIRECTIONS,
  MESSAGE_VISIBILITIES,
} from "../../../modules/helpdesk/models/ticket-message"

const stringOrList = z.union([z.string(), z.array(z.string())]).optional()

function enumOrList<T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.array(z.enum(values))]).optional()
}

const ticketTag = z.string().trim().min(1).max(50)
const tags = z.array(ticketTag).max(20)
const metadata = z.record(z.string(), z.unknown()).nullish()
const relatedEntityType = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,49}$/, {
    message: "related_entity_type is a snake_case entity name such as repair_order or complaint.",
  })
const expectedVersion = z.number().int().min(1).optional()

export const ticketAttachment = z
  .object({
    url: z
      .string()
      .url()
      .refine((url) => /^https?:\/\//i.test(url), {
        message: "Attachment URLs must be http(s) URLs of files uploaded through the File module.",
      }),
    name: z.string().trim().min(1).max(255),
    mime_type: z.string().max(255).nullish(),
  })
  .strict()
export const ticketAttachments = z.array(ticketAttachment).max(20)

export const AdminGetServiceTicketParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetServiceTicketsParamsType = z.infer<typeof AdminGetServiceTicketsParams>
export const AdminGetServiceTicketsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})
  .merge(
    z.object({
      q: z.string().optional(),
      id: stringOrList,
      number: stringOrList,
      pipeline_key: stringOrList,
      stage: stringOrList,
      stage_category: enumOrList(STAGE_CATEGORY_VALUES),
      priority: enumOrList(TICKET_PRIORITIES),
      type: enumOrList(TICKET_TYPES),
      channel: enumOrList(TICKET_CHANNELS),
      /** `assignee_id=null` lists unassigned tickets. */
      assignee_id: z
        .union([z.string(), z.array(z.string())])
        .transform((value) => (value === "null" ? null : value))
        .optional(),
      team: stringOrList,
      customer_id: stringOrList,
      order_id: stringOrList,
      created_at: createOperatorMap().optional(),
      updated_at: createOperatorMap().optional(),
      sla_status: enumOrList(SLA_STATUS_VALUES),
      /** Earliest due time of the open SLA targets, e.g. `sla_due_at[$lte]=<ISO>` for "due before". */
      sla_due_at: createOperatorMap().optional(),
      sla_policy_id: stringOrList,
    })
  )
  .strict()

export type AdminCreateServiceTicketType = z.infer<typeof AdminCreateServiceTicket>
export const AdminCreateServiceTicket = z
  .object({
    subject: z.string().trim().min(1).max(255),
    description: z.string().max(20_000).nullish(),
    type: z.enum(TICKET_TYPES).optional(),
    channel: z.enum(TICKET_CHANNELS).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    tags: tags.optional(),
    customer_id: z.string().min(1).nullish(),
    order_id: z.string().min(1).nullish(),
    line_item_ids: z.array(z.string().min(1)).max(100).optional(),
    product_id: z.string().min(1).nullish(),
    variant_id: z.string().min(1).nullish(),
    assignee_id: z.string().min(1).nullish(),
    team: z.string().trim().min(1).max(100).nullish(),
    related_entity_type: relatedEntityType.nullish(),
    related_entity_id: z.string().min(1).nullish(),
    metadata,
  })
  .strict()
  .refine((body) => !body.related_entity_type === !body.related_entity_id, {
    message: "related_entity_type and related_entity_id are given together.",
    path: ["related_entity_id"],
  })

export type AdminUpdateServiceTicketType = z.infer<typeof AdminUpdateServiceTicket>
export const AdminUpdateServiceTicket = z
  .object({
    subject: z.string().trim().min(1).max(255).optional(),
    description: z.string().max(20_000).nullish(),
    type: z.enum(TICKET_TYPES).optional(),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    tags: tags.optional(),
    team: z.string().trim().min(1).max(100).nullish(),
    related_entity_type: relatedEntityType.nullish(),
    related_entity_id: z.string().min(1).nullish(),
    metadata,
    expected_version: expectedVersion,
  })
  .strict()

export type AdminTransitionServiceTicketType = z.infer<typeof AdminTransitionServiceTicket>
export const AdminTransitionServiceTicket = z
  .object({
    to: z.string().min(1, { message: "Name the stage (its key) to move the ticket to." }),
    expected_version: expectedVersion,
  })
  .strict()

export type AdminAssignServiceTicketType = z.infer<typeof AdminAssignServiceTicket>
export const AdminAssignServiceTicket = z
  .object({
    assignee_id: z.string().min(1).nullable(),
    expected_version: expectedVersion,
  })
  .strict()

export type AdminBulkAssignServiceTicketsType = z.infer<typeof AdminBulkAssignServiceTickets>
export const AdminBulkAssignServiceTickets = z
  .object({
    ids: z.array(z.string().min(1)).min(1).max(100),
    assignee_id: z.string().min(1).nullable(),
  })
  .strict()

export type AdminGetTicketMessagesParamsType = z.infer<typeof AdminGetTicketMessagesParams>
export const AdminGetTicketMessagesParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "created_at",
})
  .merge(
    z.object({
      visibility: enumOrList(MESSAGE_VISIBILITIES),
      author_type: enumOrList(MESSAGE_AUTHOR_TYPES),
      channel: enumOrList(TICKET_CHANNELS),
    })
  )
  .strict()

export type AdminAddTicketMessageType = z.infer<typeof AdminAddTicketMessage>
export const AdminAddTicketMessage = z
  .object({
    body: z.string().trim().min(1).max(20_000),
    visibility: z.enum(MESSAGE_VISIBILITIES).optional(),
    channel: z.enum(TICKET_CHANNELS).optional(),
    direction: z.enum(MESSAGE_DIRECTIONS).optional(),
    attachments: ticketAttachments.optional(),
    duration_seconds: z.number().int().min(0).max(86_400).optional(),
    outcome: z.enum(CALL_OUTCOMES).optional(),
    callback_needed: z.boolean().optional(),
    metadata,
  })
  .strict()
