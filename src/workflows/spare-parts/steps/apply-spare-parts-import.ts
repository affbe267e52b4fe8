import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { ImportedPartUpdate, ImportedSupplier } from "./plan-spare-parts-import"

/**
 * Writes imported master-data changes and supersessions. Parts are found by part number when
 * the step runs, so a part may be superseded by one created earlier in the same import. The
 * compensation writes the previous values back.
 */
export const applyImportedPartUpdatesStep = createStep(
  "apply-imported-part-updates",
  async (updates: ImportedPartUpdate[], { container }) => {
    if (!updates.length) {
      return new StepResponse([] as { before: any; after: any }[], [] as Record<string, unknown>[])
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const numbers = [
      ...new Set(updates.flatMap((u) => [u.part_number, ...(u.superseded_by ? [u.superseded_by] : [])])),
    ]
    const parts = await spareParts.listSpareParts({ part_number: numbers })
    const byNumber = new Map(parts.map((part) => [part.part_number, part]))
    const saved: { before: any; after: any }[] = []
    const previous: Record<string, unknown>[] = []
    for (const update of updates) {
      const part = byNumber.get(update.part_number)
      if (!part) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Part ${update.part_number} was not found.`)
      }
      const changes: Record<string, unknown> = { ...update.changes }
      if (update.superseded_by !== undefined) {
        changes.superseded_by_id = update.superseded_by ? byNumber.get(update.superseded_by)?.id ?? null : null
      }
      for (const key of Object.keys(changes)) {
        if (changes[key] === undefined) {
          delete changes[key]
        }
      }
      if (!Object.keys(changes).length) {
        continue
      }
      const before: Record<string, unknown> = { id: part.id }
      for (const key of Object.keys(changes)) {
        before[key] = (part as any)[key]
      }
      previous.push(before)
      const after = await spareParts.updateSpareParts({ id: part.id, ...changes } as any)
      saved.push({ before: part, after })
    }
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    await spareParts.updateSpareParts(previous as any)
  }
)

/** Creates or updates imported suppliers (by code); the compensation undoes both. */
export const upsertImportedSuppliersStep = createStep(
  "upsert-imported-suppliers",
  async (suppliers: ImportedSupplier[], { container }) => {
    const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
    const created: string[] = []
    const previous: Record<string, unknown>[] = []
    const saved: { before: any; after: any }[] = []
    for (const { line, id, ...fields } of suppliers) {
      const data: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(fields)) {
        const required = ["currency_code", "lead_time_days", "is_active", "name", "code"]
        if (!(value === null && required.includes(key))) {
          data[key] = value
        }
      }
      if (id) {
        const before = await spareParts.retrieveSupplier(id)
        const restore: Record<string, unknown> = { id }
        for (const key of Object.keys(data)) {
          restore[key] = (before as any)[key]
        }
        previous.push(restore)
        saved.push({ before, after: await spareParts.updateSuppliers({ id, ...data } as any) })
      } else {
        const supplier = await spareParts.createSuppliers(data as any)
        created.push(supplier.id)
        saved.push({ before: null, after: supplier })
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
      await spareParts.deleteSuppliers(compensation.created)
    }
    if (compensation.previous.length) {
      await spareParts.updateSuppliers(compensation.previous as any)
    }
  }
)
