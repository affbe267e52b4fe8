import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteBusinessCalendarWorkflow,
  updateBusinessCalendarWorkflow,
} from "../../../../workflows/helpdesk/workflows/sla-configuration"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchBusinessCalendar } from "../helpers"
import { AdminUpdateBusinessCalendarType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ business_calendar: await refetchBusinessCalendar(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateBusinessCalendarType>,
  res: MedusaResponse
) => {
  await updateBusinessCalendarWorkflow(req.scope).run({
    input: {
      business_calendar: { id: req.params.id, ...(req.validatedBody as any) },
      audit: auditContextFrom(req),
    },
  })
  res.json({ business_calendar: await refetchBusinessCalendar(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteBusinessCalendarWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "business_calendar", deleted: true })
}
