import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { PERMISSION_RESOURCES } from "../../../../lib/access/permissions"

export const GET = async (
  _req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    resources: Object.entries(PERMISSION_RESOURCES).map(
      ([resource, actions]) => ({ resource, actions })
    ),
  })
}
