import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCsvRow } from "../../../../../lib/csv"
import { AdminExportAuditLogParamsType } from "../validators"

const COLUMNS = [
  "id",
  "created_at",
  "actor_type",
  "actor_id",
  "action",
  "entity_type",
  "entity_id",
  "changes",
  "request_id",
] as const

const PAGE_SIZE = 1000

/** Streams the filtered log as CSV, page by page, so large exports stay small in memory. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminExportAuditLogParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const limit = req.queryConfig.pagination.take ?? 100_000
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="aftersales-audit-log-${stamp}.csv"`
  )
  res.write(toCsvRow([...COLUMNS]))
  for (let skip = 0; skip < limit; skip += PAGE_SIZE) {
    const { data: entries } = await query.graph({
      entity: "aftersales_audit_log_entries",
      fields: [...COLUMNS],
      filters: req.filterableFields,
      pagination: {
        skip,
        take: Math.min(PAGE_SIZE, limit - skip),
        order: { created_at: "DESC", id: "DESC" },
      },
    })
    for (const entry of entries) {
      res.write(toCsvRow(COLUMNS.map((column) => entry[column])))
    }
    if (entries.length < PAGE_SIZE) {
      break
    }
  }
  res.end()
}
