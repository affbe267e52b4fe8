import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"

export type PartSupplierOfferInput = {
  /** Set to update an existing offer; else the offer of (part_id, supplier_id) is created or updated. */
  id?: string
  part_id: string
  supplier_id?: string
  supplier_part_number?: string | null
  unit_price?: number
  currency_code?: string
  lead_time_days?: number | null
  min_order_quantity?: number
  pack_size?: number
  is_preferred?: boolean
}

const OFFER_FIELDS = [
  "supplier_part_number",
  "unit_price",
  "currency_code",
  "lead_time_days",
  "min_order_quantity",
  "pack_size",
  "is_preferred",
] as const

/**
 * Creates or updates supplier offers (one per part and supplier). An offer marked preferred
 * takes the mark from the part's other offers, so a part has at most one preferred supplier.
 * The compensation deletes created offers and writes the previous values of changed ones back.
 */
export const savePartSupplierOffersStep = createStep(
  "save-part-supplier-offers",
  async (offers: PartSupplierOfferInput[], { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const created: string[] = []
    const previous: Record<string, unknown>[] = []
    const saved: any[] = []
    const preferredParts = new Set<string>()
    for (const offer of offers) {
      if (offer.is_preferred) {
        if (preferredParts.has(offer.part_id)) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            "Only one supplier offer of a part can be preferred."
          )
        }
        preferredParts.add(offer.part_id)
      }
    }
    for (const offer of offers) {
      const part = await spareParts.retrieveSparePart(offer.part_id, { select: ["id", "currency_code"] })
      let existing: any
      if (offer.id) {
        ;[existing] = await spareParts.listPartSuppliers({ id: offer.id, part_id: offer.part_id } as any)
        if (!existing) {
          throw new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `Supplier offer ${offer.id} of part ${offer.part_id} was not found.`
          )
        }
      } else {
        const [supplier] = await spareParts.listSuppliers({ id: offer.supplier_id }, { select: ["id", "currency_code", "is_active"] })
        if (!supplier) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `Supplier ${offer.supplier_id} was not found.`)
        }
        ;[existing] = await spareParts.listPartSuppliers({ part_id: offer.part_id, supplier_id: offer.supplier_id } as any)
        if (!existing && offer.unit_price === undefined) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "A new supplier offer needs a unit_price.")
        }
        if (!existing && !offer.currency_code) {
          offer.currency_code = supplier.currency_code ?? part.currency_code
        }
      }
      if (offer.is_preferred) {
        const others = await spareParts.listPartSuppliers({ part_id: offer.part_id, is_preferred: true } as any)
        for (const other of others.filter((o: any) => o.id !== existing?.id)) {
          previous.push({ id: other.id, is_preferred: true })
          await spareParts.updatePartSuppliers({ id: other.id, is_preferred: false } as any)
        }
      }
      const changes: Record<string, unknown> = {}
      for (const field of OFFER_FIELDS) {
        if (offer[field] !== undefined) {
          changes[field] = offer[field]
        }
      }
      if (existing) {
        const before: Record<string, unknown> = { id: existing.id }
        for (const field of Object.keys(changes)) {
          before[field] = existing[field]
        }
        previous.push(before)
        saved.push({ before: existing, after: await spareParts.updatePartSuppliers({ id: existing.id, ...changes } as any) })
      } else {
        const offerRow = await spareParts.createPartSuppliers({
          ...changes,
          part_id: offer.part_id,
          supplier_id: offer.supplier_id,
        } as any)
        created.push(offerRow.id)
        saved.push({ before: null, after: offerRow })
      }
    }
    return new StepResponse(saved as { before: any; after: any }[], { created, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    if (compensation.created.length) {
      await spareParts.deletePartSuppliers(compensation.created)
    }
    for (const previous of compensation.previous.reverse()) {
      await spareParts.updatePartSuppliers(previous as any)
    }
  }
)

/** Removes one supplier offer of a part; the compensation restores it. */
export const deletePartSupplierOfferStep = createStep(
  "delete-part-supplier-offer",
  async (input: { part_id: string; id: string }, { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const [offer] = await spareParts.listPartSuppliers({ id: input.id, part_id: input.part_id } as any)
    if (!offer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Supplier offer ${input.id} of part ${input.part_id} was not found.`
      )
    }
    await spareParts.softDeletePartSuppliers(input.id)
    return new StepResponse(offer, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.restorePartSuppliers(id)
  }
)
