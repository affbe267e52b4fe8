import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

/** The pipeline with `ticket_counts`: live tickets per stage (what an edit would have to move). */
export async function refetchTicketPipeline(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [pipeline],
  } = await query.graph(
    {
      entity: "ticket_pipelines",
      fields: req.queryConfig.fields,
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const key = pipeline.key ?? (await helpdesk.retrieveTicketPipeline(id)).key
  return { ...pipeline, ticket_counts: await helpdesk.countTicketsByStage(key) }
}
