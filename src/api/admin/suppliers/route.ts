import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSupplierWorkflow } from "../../../workflows/spare-parts/workflows/suppliers"
import { auditContextFrom } from "../../utils/audit-context"
import { loadSupplierPerformance, refetchSupplier } from "./helpers"
import { AdminCreateSupplierType, AdminGetSuppliersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<AdminGetSuppliersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: suppliers, metadata } = await query.graph({
    entity: "suppliers",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  const performance = await loadSupplierPerformance(
    req.scope,
    suppliers.map((supplier: any) => supplier.id)
  )
  res.json({
    suppliers: suppliers.map((supplier: any) => ({
      ...supplier,
      performance: performance.get(supplier.id),
    })),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSupplierType>,
  res: MedusaResponse
) => {
  const { result } = await createSupplierWorkflow(req.scope).run({
    input: { supplier: req.validatedBody, audit: auditContextFrom(req) },
  })
  res.status(201).json({ supplier: await refetchSupplier(req, result.id) })
}
