import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

function flattenDelivery({ endpoint, ...delivery }: Record<string, any>) {
  return { ...delivery, webhook_id: endpoint?.id ?? null }
}

export async function refetchWebhook(
  req: AuthenticatedMedusaRequest,
  id: string,
  fields: string[] = req.queryConfig.fields
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [webhook],
  } = await query.graph(
    {
      entity: "aftersales_webhook_endpoints",
      fields,
      filters: { id },
    },
    { throwIfKeyNotFound: true }
  )
  return webhook
}

export async function refetchWebhookDelivery(
  req: AuthenticatedMedusaRequest,
  id: string
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [delivery],
  } = await query.graph({
    entity: "aftersales_webhook_deliveries",
    fields: req.queryConfig.fields,
    filters: { id },
  })
  return flattenDelivery(delivery)
}

export async function listEndpointDeliveries(
  req: AuthenticatedMedusaRequest,
  endpointId: string
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await refetchWebhook(req, endpointId, ["id"])
  const { data, metadata } = await query.graph({
    entity: "aftersales_webhook_deliveries",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, endpoint_id: endpointId },
    pagination: req.queryConfig.pagination,
  })
  return {
    webhook_deliveries: data.map(flattenDelivery),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  }
}
