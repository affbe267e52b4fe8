import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  checkInboundAuth,
  INBOUND_SECRET_HEADER,
  INBOUND_SIGNATURE_HEADER,
} from "../../../../lib/helpdesk/inbound"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk"
import HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { InboundMessageBody } from "./validators"

function headerValue(req: MedusaRequest, name: string): string | null {
  const value = req.headers[name]
  return (Array.isArray(value) ? value[0] : value) ?? null
}

/**
 * The endpoint is not behind an admin or customer login: a provider proves itself with the
 * helpdesk module's `inboundSecret` (the secret itself or an HMAC of the raw body). Without a
 * configured secret the route does not exist (404); a wrong or missing secret is a 401.
 */
export async function authenticateInboundProvider(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
    const rawBody = (req as MedusaRequest & { rawBody?: Buffer | string }).rawBody
    const result = checkInboundAuth({
      secret: helpdesk.getInboundSecret(),
      providedSecret: headerValue(req, INBOUND_SECRET_HEADER),
      signature: headerValue(req, INBOUND_SIGNATURE_HEADER),
      rawBody: rawBody == null ? null : rawBody.toString(),
    })
    if (result === "unconfigured") {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Inbound messages are not enabled: set the helpdesk module option inboundSecret (AFTERSALES_INBOUND_SECRET)."
      )
    }
    if (result === "invalid") {
      throw new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        `Send the inbound secret in the ${INBOUND_SECRET_HEADER} header or sign the raw body in ${INBOUND_SIGNATURE_HEADER}.`
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}

export const inboundMessageRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/aftersales/inbound-messages",
    bodyParser: { preserveRawBody: true },
    middlewares: [authenticateInboundProvider, validateAndTransformBody(InboundMessageBody)],
  },
]
