import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTicketPipelineWorkflow } from "../../../workflows/helpdesk/workflows/create-ticket-pipeline"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchTicketPipeline } from "./helpers"
import {
  AdminCreateTicketPipelineType,
  AdminGetTicketPipelinesParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetTicketPipelinesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: ticket_pipelines, metadata } = await query.graph({
    entity: "ticket_pipelines",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    ticket_pipelines,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTicketPipelineType>,
  res: MedusaResponse
) => {
  const { result } = await createTicketPipelineWorkflow(req.scope).run({
    input: { pipeline: req.validatedBody as any, audit: auditContextFrom(req) },
  })
  res.status(201).json({ ticket_pipeline: await refetchTicketPipeline(req, result.id) })
}
