import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWebhookEndpointWorkflow } from "../../../../workflows/webhooks/workflows/create-webhook-endpoint"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchWebhook } from "./helpers"
import {
  AdminCreateWebhookType,
  AdminGetWebhooksParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetWebhooksParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: webhooks, metadata } = await query.graph({
    entity: "aftersales_webhook_endpoints",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    webhooks,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateWebhookType>,
  res: MedusaResponse
) => {
  const { result } = await createWebhookEndpointWorkflow(req.scope).run({
    input: { webhook: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({
    webhook: await refetchWebhook(req, result.id),
    secret: result.secret,
  })
}
