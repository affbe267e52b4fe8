import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createPurchaseRequisitionWorkflow,
  createRequisitionFromAlertWorkflow,
} from "../../../workflows/spare-parts/workflows/purchase-requisitions"
import { auditContextFrom } from "../../utils/audit-context"
import { refetchPurchaseRequisition } from "./helpers"
import {
  AdminCreatePurchaseRequisitionType,
  AdminGetPurchaseRequisitionsParamsType,
} from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetPurchaseRequisitionsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: purchase_requisitions, metadata } = await query.graph({
    entity: "purchase_requisitions",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    purchase_requisitions,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** A draft requisition, by hand (`lines`) or from a stock alert (`alert_id` without lines). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePurchaseRequisitionType>,
  res: MedusaResponse
) => {
  const body = req.validatedBody
  const audit = auditContextFrom(req)
  const { result } = body.lines
    ? await createPurchaseRequisitionWorkflow(req.scope).run({
        input: { requisition: { ...body, lines: body.lines }, audit },
      })
    : await createRequisitionFromAlertWorkflow(req.scope).run({
        input: { alert_id: body.alert_id!, reason: body.reason, audit },
      })
  res.status(201).json({ purchase_requisition: await refetchPurchaseRequisition(req, result.id) })
}
