import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePermission } from "../../utils/require-permission"
import { isTechnicianId } from "./helpers"
import {
  listTechniciansTransformQueryConfig,
  retrieveTechnicianTransformQueryConfig,
} from "./query-config"
import {
  AdminAddTechnicianCertification,
  AdminCreateTechnician,
  AdminGetTechnicianParams,
  AdminGetTechniciansParams,
  AdminRecordTechnicianAssessment,
  AdminRecordTechnicianReview,
  AdminSetTechnicianSkills,
  AdminTechnicianPerformanceParams,
  AdminTechnicianSuggestionsParams,
  AdminUpdateTechnician,
} from "./validators"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * `/admin/technicians/:id` also matches the static `/admin/technicians/suggestions`: the
 * technician routes' permission and validators run only for technician ids.
 */
const forTechnicianIds =
  (...middlewares: Middleware[]): Middleware[] =>
    middlewares.map((middleware) => (req, res, next) =>
      isTechnicianId(req.params.id) ? middleware(req, res, next) : next()
    )

/**
 * Activating/deactivating a technician and linking an admin user are configuration
 * (technicians:configure); other profile edits need technicians:write.
 */
const requireConfigureForActivationOrUserLink: Middleware = (req, res, next) => {
  const body = (req.body ?? {}) as Record<string, unknown>
  if (body.is_active !== undefined || body.user_id !== undefined) {
    return requirePermission("technicians:configure")(req as any, res, next)
  }
  next()
}

const retrieveQuery = () =>
  validateAndTransformQuery(AdminGetTechnicianParams, retrieveTechnicianTransformQueryConfig)

export const adminTechnicianRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/technicians",
    middlewares: [
      requirePermission("technicians:read"),
      validateAndTransformQuery(AdminGetTechniciansParams, listTechniciansTransformQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/technicians",
    middlewares: [
      requirePermission("technicians:write"),
      requireConfigureForActivationOrUserLink,
      validateAndTransformBody(AdminCreateTechnician),
      retrieveQuery(),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/technicians/suggestions",
    middlewares: [
      requirePermission("technicians:read"),
      validateAndTransformQuery(AdminTechnicianSuggestionsParams, { defaults: [], isList: false }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/technicians/:id",
    middlewares: forTechnicianIds(requirePermission("technicians:read"), retrieveQuery()),
  },
  {
    method: ["POST"],
    matcher: "/admin/technicians/:id",
    middlewares: forTechnicianIds(
      requirePermission("technicians:write"),
      requireConfigureForActivationOrUserLink,
      validateAndTransformBody(AdminUpdateTechnician),
      retrieveQuery()
    ),
  },
  {
    method: ["DELETE"],
    matcher: "/admin/technicians/:id",
    middlewares: forTechnicianIds(requirePermission("technicians:configure"), retrieveQuery()),
  },
  {
    method: ["POST"],
    matcher: "/admin/technicians/:id/skills",
    middlewares: [
      requirePermission("technicians:write"),
      validateAndTransformBody(AdminSetTechnicianSkills),
      retrieveQuery(),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/technicians/:id/certifications",
    middlewares: [
      requirePermission("technicians:write"),
      validateAndTransformBody(AdminAddTechnicianCertification),
      retrieveQuery(),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/technicians/:id/certifications/:certification_id",
    middlewares: [requirePermission("technicians:write"), retrieveQuery()],
  },
  {
    method: ["POST"],
    matcher: "/admin/technicians/:id/assessments",
    middlewares: [
      requirePermission("technicians:write"),
      validateAndTransformBody(AdminRecordTechnicianAssessment),
      retrieveQuery(),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/technicians/:id/reviews",
    middlewares: [
      requirePermission("technicians:write"),
      validateAndTransformBody(AdminRecordTechnicianReview),
      retrieveQuery(),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/technicians/:id/performance",
    middlewares: [
      requirePermission("technicians:read"),
      validateAndTransformQuery(AdminTechnicianPerformanceParams, { defaults: [], isList: false }),
    ],
  },
]
