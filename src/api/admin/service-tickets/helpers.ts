import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const byCreatedAt = (a: any, b: any) =>
  new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
  String(a.id).localeCompare(String(b.id))

/** Re-reads a ticket with the request's fields; conversation and timeline oldest first. */
export async function refetchServiceTicket(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [ticket],
  } = await query.graph(
    {
      entity: "service_tickets",
      fields: req.queryConfig.fields,
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  for (const relation of ["messages", "activities"]) {
    if (Array.isArray(ticket?.[relation])) {
      ticket[relation] = [...ticket[relation]].sort(byCreatedAt)
    }
  }
  return ticket
}
