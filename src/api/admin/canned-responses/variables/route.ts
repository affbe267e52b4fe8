import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { CANNED_RESPONSE_VARIABLES } from "../../../../lib/helpdesk/canned-responses"

/** The variables a canned response may use, for the editor. */
export const GET = async (_req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    variables: Object.entries(CANNED_RESPONSE_VARIABLES).map(([name, description]) => ({
      name,
      description,
    })),
  })
}
