import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCannedResponseWorkflow } from "../../../workflows/helpdesk/workflows/canned-responses"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchCannedResponse } from "./helpers"
import {
  AdminCreateCannedResponseType,
  AdminGetCannedResponsesParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetCannedResponsesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: canned_responses, metadata } = await query.graph({
    entity: "canned_responses",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    canned_responses,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCannedResponseType>,
  res: MedusaResponse
) => {
  const { result } = await createCannedResponseWorkflow(req.scope).run({
    input: { canned_response: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ canned_response: await refetchCannedResponse(req, result.id) })
}
