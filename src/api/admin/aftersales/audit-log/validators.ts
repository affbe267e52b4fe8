import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
} from "@medusajs/medusa/api/utils/validators"

const stringOrList = z.union([z.string(), z.array(z.string())]).optional()

const auditLogFilters = z.object({
  q: z.string().optional(),
  entity_type: stringOrList,
  entity_id: stringOrList,
  actor_type: z
    .union([
      z.enum(["user", "customer", "api-key", "system"]),
      z.array(z.enum(["user", "customer", "api-key", "system"])),
    ])
    .optional(),
  actor_id: stringOrList,
  action: stringOrList,
  request_id: z.string().optional(),
  created_at: createOperatorMap().optional(),
})

export type AdminGetAuditLogParamsType = z.infer<typeof AdminGetAuditLogParams>
export const AdminGetAuditLogParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
})
  .merge(auditLogFilters)
  .strict()

export type AdminExportAuditLogParamsType = z.infer<
  typeof AdminExportAuditLogParams
>
export const AdminExportAuditLogParams = auditLogFilters
  .merge(
    z.object({
      limit: z.coerce.number().int().min(1).max(100_000).default(100_000),
    })
  )
  .strict()
