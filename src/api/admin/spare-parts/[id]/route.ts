import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteSparePartWorkflow,
  updateSparePartWorkflow,
} from "../../../../workflows/spare-parts/workflows/update-spare-part"
import { auditContextFrom } from "../../../utils/audit-context"
import { assertSparePartId, refetchSparePart } from "../helpers"
import { AdminUpdateSparePartType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  assertSparePartId(req.params.id)
  res.json({ spare_part: await refetchSparePart(req, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSparePartType>,
  res: MedusaResponse
) => {
  assertSparePartId(req.params.id)
  await updateSparePartWorkflow(req.scope).run({
    input: { spare_part: { id: req.params.id, ...req.validatedBody }, audit: auditContextFrom(req) },
  })
  res.json({ spare_part: await refetchSparePart(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  assertSparePartId(req.params.id)
  await deleteSparePartWorkflow(req.scope).run({
    input: { id: req.params.id, audit: auditContextFrom(req) },
  })
  res.json({ id: req.params.id, object: "spare_part", deleted: true })
}
