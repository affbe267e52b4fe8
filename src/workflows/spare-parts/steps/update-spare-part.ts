import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { assertProductsExist, SparePartMasterData } from "./prepare-spare-parts-creation"

export type UpdateSparePartInput = Partial<SparePartMasterData> & { id: string }

export const SPARE_PART_UPDATABLE_FIELDS = [
  "part_number",
  "name",
  "model",
  "description",
  "specifications",
  "category",
  "unit_cost",
  "currency_code",
  "status",
  "superseded_by_id",
  "compatible_product_ids",
  "compatible_variant_ids",
  "metadata",
] as const

/**
 * 400 when a part would be superseded by itself, by a missing part or through a chain that
 * leads back to it.
 */
async function assertValidSupersession(
  spareParts: SparePartsModuleService,
  partId: string,
  supersededById: string
) {
  if (supersededById === partId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A part cannot supersede itself.")
  }
  let next: string | null = supersededById
  const seen = new Set<string>([partId])
  while (next) {
    const [successor] = await spareParts.listSpareParts({ id: next }, { select: ["id", "part_number", "superseded_by_id"] })
    if (!successor) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Superseding part ${next} was not found.`)
    }
    if (seen.has(successor.superseded_by_id ?? "")) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Part ${successor.part_number} is already superseded by this part (directly or through others): supersession cannot go in a circle.`
      )
    }
    seen.add(successor.id)
    next = successor.superseded_by_id ?? null
  }
}

export async function validateSparePartUpdate(
  container: any,
  spareParts: SparePartsModuleService,
  input: UpdateSparePartInput
) {
  const before = await spareParts.retrieveSparePart(input.id)
  if (input.part_number && input.part_number !== before.part_number) {
    const clash = await spareParts.listSpareParts({ part_number: input.part_number }, { select: ["id"] })
    if (clash.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Part number ${input.part_number} is already used by another spare part.`
      )
    }
  }
  if (input.superseded_by_id) {
    await assertValidSupersession(spareParts, input.id, input.superseded_by_id)
  }
  await assertProductsExist(container, input.compatible_product_ids ?? [], input.compatible_variant_ids ?? [])
  return before
}

/** Updates one part's master data; the compensation writes the previous values back. */
export const updateSparePartStep = createStep(
  "update-spare-part",
  async (input: UpdateSparePartInput, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const before = await validateSparePartUpdate(container, spareParts, input)
    const changes: Record<string, unknown> = { id: input.id }
    for (const field of SPARE_PART_UPDATABLE_FIELDS) {
      if (input[field] !== undefined) {
        changes[field] =
          field === "compatible_product_ids" || field === "compatible_variant_ids"
            ? [...new Set(input[field] as string[])]
            : input[field]
      }
    }
    const after = await spareParts.updateSpareParts(changes as any)
    const previous: Record<string, unknown> = { id: before.id }
    for (const field of Object.keys(changes)) {
      previous[field] = (before as any)[field]
    }
    return new StepResponse({ before, after }, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.updateSpareParts(previous as any)
  }
)

/**
 * Soft-deletes a part with its supplier offers and reorder policies. Refused while the part's
 * inventory item holds stock anywhere or another part names it as its successor; the host
 * product and inventory item stay (they may be on orders).
 */
export const deleteSparePartStep = createStep(
  "delete-spare-part",
  async (id: string, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const part = await spareParts.retrieveSparePart(id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: levels } = await query.graph({
      entity: "inventory_level",
      fields: ["stocked_quantity", "location_id"],
      filters: { inventory_item_id: part.inventory_item_id },
    })
    const onHand = levels.reduce((sum, level) => sum + Number(level.stocked_quantity ?? 0), 0)
    if (onHand > 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Part ${part.part_number} still has ${onHand} units on hand: issue, scrap or adjust them first, or set its status to obsolete.`
      )
    }
    const successors = await spareParts.listSpareParts({ superseded_by_id: id }, { select: ["part_number"] })
    if (successors.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Part ${part.part_number} supersedes ${successors.map((s) => s.part_number).join(", ")}: change that first.`
      )
    }
    const deleted = await spareParts.softDeleteSpareParts(id)
    return new StepResponse(part, { id, restore: deleted ?? {} })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.restoreSpareParts(compensation.id)
  }
)
