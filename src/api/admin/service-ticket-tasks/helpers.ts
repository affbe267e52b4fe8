import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export async function refetchTicketTask(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [task],
  } = await query.graph(
    {
      entity: "ticket_tasks",
      fields: req.queryConfig.fields,
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  return task
}

/** Lists tasks with the request's filters; `assignee_id=me` and `due_before` are resolved here. */
export async function listTicketTasks(
  req: AuthenticatedMedusaRequest,
  extraFilters: Record<string, unknown> = {}
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { due_before, ...filters } = req.filterableFields as Record<string, any>
  if (filters.assignee_id === "me") {
    filters.assignee_id = req.auth_context.actor_id
  }
  if (due_before) {
    filters.due_at = { ...(filters.due_at ?? {}), $lte: due_before }
  }
  const { data: ticket_tasks, metadata } = await query.graph({
    entity: "ticket_tasks",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...extraFilters },
    pagination: req.queryConfig.pagination,
  })
  return {
    ticket_tasks,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  }
}
