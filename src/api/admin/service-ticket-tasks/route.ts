import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listTicketTasks } from "./helpers"
import { AdminGetTicketTasksParamsType } from "./validators"

/** Tasks across tickets, soonest due first: e.g. `?status=open&assignee_id=me&due_before=...`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetTicketTasksParamsType>,
  res: MedusaResponse
) => {
  res.json(await listTicketTasks(req))
}
