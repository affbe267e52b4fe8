import { z } from "@medusajs/framework/zod"
import { STAGE_CATEGORIES } from "../../../lib/process/pipeline"

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

export const AdminGetRepairPipelinesParams = z.object({}).strict()

export type AdminUpdateRepairPipelineType = z.infer<typeof AdminUpdateRepairPipeline>
export const AdminUpdateRepairPipeline = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    definition: z
      .object({
        stages: z.array(stage).min(1).max(50),
        transitions: z.array(transition).max(500),
      })
      .strict()
      .optional(),
    /** Removed stage key -> stage key of the new definition, for repair orders in removed stages. */
    stage_mapping: z.record(stageKey, stageKey).optional(),
  })
  .strict()
