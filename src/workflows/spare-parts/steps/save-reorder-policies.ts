import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeReorderPolicy, ReorderPolicyInput } from "../../../lib/spare-parts/reorder-policy"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export type SaveReorderPolicyInput = ReorderPolicyInput & {
  part_id: string
  location_id: string
  follow_forecast?: boolean
  source?: "manual" | "forecast"
}

/**
 * Creates or replaces the reorder policy of each (part, location) after checking the numbers
 * (src/lib/spare-parts/reorder-policy.ts) and that the host stock location exists. Every
 * number not given falls back to the method's default, so a saved policy is always complete.
 */
export const saveReorderPoliciesStep = createStep(
  "save-reorder-policies",
  async (inputs: SaveReorderPolicyInput[], { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const locationIds = [...new Set(inputs.map((input) => input.location_id))]
    const { data: locations } = await query.graph({
      entity: "stock_location",
      fields: ["id"],
      filters: { id: locationIds },
    })
    const missing = locationIds.filter((id) => !locations.some((l) => l.id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Stock location ${missing[0]} was not found.`)
    }
    const rows = inputs.map((input) => {
      const { policy, problems } = normalizeReorderPolicy(input)
      if (problems.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid reorder policy: ${problems.join(" ")}`)
      }
      return {
        ...policy,
        part_id: input.part_id,
        location_id: input.location_id,
        source: input.source ?? "manual",
        ...(input.follow_forecast !== undefined && { follow_forecast: input.follow_forecast }),
      }
    })
    const created: string[] = []
    const previous: Record<string, unknown>[] = []
    const saved: { before: any; after: any }[] = []
    for (const row of rows) {
      await spareParts.retrieveSparePart(row.part_id, { select: ["id"] })
      const [existing] = await spareParts.listReorderPolicies({
        part_id: row.part_id,
        location_id: row.location_id,
      } as any)
      if (existing) {
        previous.push({
          id: existing.id,
          method: existing.method,
          reorder_point: existing.reorder_point,
          safety_stock: existing.safety_stock,
          min_quantity: existing.min_quantity,
          max_quantity: existing.max_quantity,
          source: existing.source,
          follow_forecast: existing.follow_forecast,
        })
        saved.push({ before: existing, after: await spareParts.updateReorderPolicies({ id: existing.id, ...row } as any) })
      } else {
        const policy = await spareParts.createReorderPolicies(row as any)
        created.push(policy.id)
        saved.push({ before: null, after: policy })
      }
    }
    return new StepResponse(saved, { created, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    if (compensation.created.length) {
      await spareParts.deleteReorderPolicies(compensation.created)
    }
    for (const previous of compensation.previous) {
      await spareParts.updateReorderPolicies(previous as any)
    }
  }
)

/** Removes one reorder policy of a part; the compensation restores it. */
export const deleteReorderPolicyStep = createStep(
  "delete-reorder-policy",
  async (input: { part_id: string; id: string }, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const [policy] = await spareParts.listReorderPolicies({ id: input.id, part_id: input.part_id } as any)
    if (!policy) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Reorder policy ${input.id} of part ${input.part_id} was not found.`
      )
    }
    await spareParts.softDeleteReorderPolicies(input.id)
    return new StepResponse(policy, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.restoreReorderPolicies(id)
  }
)
