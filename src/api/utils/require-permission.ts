import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hasPermission, Permission } from "../../lib/access/permissions"
import { AFTERSALES_ACCESS_MODULE } from "../../modules/aftersales-access"
import AftersalesAccessModuleService, {
  ActorAccess,
} from "../../modules/aftersales-access/service"

type RequestWithAccess = AuthenticatedMedusaRequest & {
  aftersalesAccess?: ActorAccess
}

/** The caller's roles and permissions, loaded once per request. */
export async function resolveActorAccess(
  req: RequestWithAccess
): Promise<ActorAccess> {
  if (!req.aftersalesAccess) {
    const accessService: AftersalesAccessModuleService = req.scope.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    req.aftersalesAccess = await accessService.getActorAccess({
      id: req.auth_context.actor_id,
      type: req.auth_context.actor_type === "api-key" ? "api-key" : "user",
    })
  }
  return req.aftersalesAccess
}

/** The one gate in front of every plugin admin route: 403 naming the missing permission. */
export function requirePermission(permission: Permission) {
  return async (
    req: AuthenticatedMedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    try {
      const access = await resolveActorAccess(req)
      if (!hasPermission(access.permissions, permission)) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `You need the after-sales permission "${permission}" for this action. Ask an after-sales administrator to give you a role that includes it.`
        )
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}
