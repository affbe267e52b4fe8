import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { AFTERSALES_EVENTS } from "../../../../lib/events"

export const GET = async (
  _req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    events: Object.entries(AFTERSALES_EVENTS).map(([name, definition]) => ({
      name,
      ...definition,
    })),
  })
}
