import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteCustomerTierWorkflow,
  updateCustomerTierWorkflow,
} from "../../../../workflows/helpdesk/workflows/customer-tiers"
import { auditContextFrom } from "../../../utils/audit-context"
import { refetchCustomerTier } from "../helpers"
import { AdminUpdateCustomerTierType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ customer_tier: await refetchCustomerTier(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCustomerTierType>,
  res: MedusaResponse
) => {
  await updateCustomerTierWorkflow(req.scope).run({
    input: { tier: { id: req.params.id, ...req.validatedBody }, audit: auditContextFrom(req) },
  })
  res.json({ customer_tier: await refetchCustomerTier(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCustomerTierWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "customer_tier", deleted: true })
}
