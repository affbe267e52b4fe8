import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export const isSparePartId = (id: string | undefined) => !!id && id.startsWith("spart_")

/** 404 for path segments under /admin/spare-parts that are neither a part id nor a sub-route. */
export function assertSparePartId(id: string) {
  if (!isSparePartId(id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Spare part with id: ${id} was not found`)
  }
}

export async function refetchSparePart(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [part],
  } = await query.graph(
    { entity: "spare_part", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return part
}

/**
 * Turns the list filters that are not plain columns (supplier_id: parts the supplier offers;
 * compatible_product_id: parts whose compatible products include it) into an id filter.
 */
export async function sparePartListFilters(
  req: AuthenticatedMedusaRequest,
  filters: Record<string, unknown>
) {
  const { supplier_id, compatible_product_id, ...rest } = filters
  const idSets: string[][] = []
  const spareParts: SparePartsModuleService = req.scope.resolve(SPARE_PARTS_MODULE)
  if (typeof supplier_id === "string") {
    const offers = await spareParts.listPartSuppliers({ supplier_id }, { select: ["part_id"] as any })
    idSets.push(offers.map((offer: any) => offer.part_id))
  }
  if (typeof compatible_product_id === "string") {
    const parts = await spareParts.listSpareParts(
      { compatible_product_ids: { $contains: [compatible_product_id] } } as any,
      { select: ["id"] }
    )
    idSets.push(parts.map((part) => part.id))
  }
  if (!idSets.length) {
    return rest
  }
  let ids = idSets[0]
  for (const set of idSets.slice(1)) {
    ids = ids.filter((id) => set.includes(id))
  }
  if (rest.id) {
    const given = Array.isArray(rest.id) ? (rest.id as string[]) : [rest.id as string]
    ids = ids.filter((id) => given.includes(id))
  }
  return { ...rest, id: ids }
}

export async function refetchPartSupplier(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [offer],
  } = await query.graph(
    { entity: "part_supplier", fields: req.queryConfig.fields, filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return offer
}
