import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBusinessCalendarWorkflow } from "../../../workflows/helpdesk/workflows/sla-configuration"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchBusinessCalendar } from "./helpers"
import {
  AdminCreateBusinessCalendarType,
  AdminGetBusinessCalendarsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetBusinessCalendarsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: business_calendars, metadata } = await query.graph({
    entity: "business_calendars",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    business_calendars,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateBusinessCalendarType>,
  res: MedusaResponse
) => {
  const { result } = await createBusinessCalendarWorkflow(req.scope).run({
    input: { business_calendar: req.validatedBody as any, audit: auditContextFrom(req) },
  })
  res.status(201).json({ business_calendar: await refetchBusinessCalendar(req, result.id) })
}
