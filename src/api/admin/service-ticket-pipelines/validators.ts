import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { STAGE_CATEGORIES } from "../../../lib/process/pipeline"
import { TICKET_TYPES } from "../../../modules/helpdesk/models/service-ticket"

const stageKey = z.string().min(1).max(50)

const stage = z
  .object({
    key: stageKey,
    name: z.string().trim().min(1).max(100),
    category: z.enum(STAGE_CATEGORIES as unknown as [string, ...string[]]),
    sla: z.enum(["running", "paused"]),
    is_initial: z.boolean().optional(),
  })
  .strict()

const transition = z
  .object({
    from: stageKey,
    to: stageKey,
    name: z.string().trim().min(1).max(100).optional(),
    requires: z.array(z.string().min(1).max(100)).max(20).optional(),
  })
  .strict()

const definition = z
  .object({
    stages: z.array(stage).min(1).max(50),
    transitions: z.array(transition).max(500),
  })
  .strict()

const ticketTypes = z.array(z.enum(TICKET_TYPES)).max(TICKET_TYPES.length)

export const AdminGetTicketPipelineParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetTicketPipelinesParamsType = z.infer<typeof AdminGetTicketPipelinesParams>
export const AdminGetTicketPipelinesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "created_at",
})
  .merge(
    z.object({
      q: z.string().optional(),
      key: z.union([z.string(), z.array(z.string())]).optional(),
      is_default: z
        .preprocess(
          (value) => (value === "true" ? true : value === "false" ? false : value),
          z.boolean()
        )
        .optional(),
    })
  )
  .strict()

export type AdminCreateTicketPipelineType = z.infer<typeof AdminCreateTicketPipeline>
export const AdminCreateTicketPipeline = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, {
      message:
        "Pipeline keys are 2-50 lower-case letters, digits or underscores, starting with a letter.",
    }),
    name: z.string().trim().min(1).max(100),
    ticket_types: ticketTypes.optional(),
    definition,
    is_default: z.boolean().optional(),
  })
  .strict()

export type AdminUpdateTicketPipelineType = z.infer<typeof AdminUpdateTicketPipeline>
export const AdminUpdateTicketPipeline = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    ticket_types: ticketTypes.optional(),
    definition: definition.optional(),
    is_default: z.boolean().optional(),
    /** Removed stage key -> stage key of the new definition, for tickets in removed stages. */
    stage_mapping: z.record(stageKey, stageKey).optional(),
  })
  .strict()
