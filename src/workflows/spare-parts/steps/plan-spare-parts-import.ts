import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CsvProblem,
  OfferCsvRow,
  splitCsvRecords,
  parseOffersCsv,
  parsePartsCsv,
  parseSuppliersCsv,
  PartCsvRow,
  sortProblems,
  SupplierCsvRow,
} from "../../../lib/spare-parts/csv-import"
import { SPARE_PARTS_MODULE } from "../../../modules/spare-parts"
import SparePartsModuleService from "../../../modules/spare-parts/service"
import { CreateSparePartInput, sparePartProductHandle } from "./prepare-spare-parts-creation"
import { PartSupplierOfferInput } from "./save-part-supplier-offers"

export type SparePartsImportType = "parts" | "offers" | "suppliers"

/** Master-data changes of one part, found by part number when the step runs (after creation). */
export type ImportedPartUpdate = {
  part_number: string
  changes: Record<string, unknown>
  /** Part number of the superseding part (null clears it). */
  superseded_by?: string | null
}

export type ImportedSupplier = { id?: string; line: number } & Omit<SupplierCsvRow, "line">

export type SparePartsImportPlan = {
  type: SparePartsImportType
  rows: number
  problems: CsvProblem[]
  part_creates: CreateSparePartInput[]
  part_updates: ImportedPartUpdate[]
  offers: PartSupplierOfferInput[]
  suppliers: ImportedSupplier[]
  summary: { create: number; update: number }
}

const emptyPlan = (type: SparePartsImportType): SparePartsImportPlan => ({
  type,
  rows: 0,
  problems: [],
  part_creates: [],
  part_updates: [],
  offers: [],
  suppliers: [],
  summary: { create: 0, update: 0 },
})

const MASTER_FIELDS = ["name", "model", "category", "description", "unit_cost", "currency_code", "status", "specifications"] as const

async function planParts(container: MedusaContainer, rows: PartCsvRow[], plan: SparePartsImportPlan) {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const problem = (line: number, message: string) => plan.problems.push({ line, message })

  const numbers = rows.map((row) => row.part_number)
  const referenced = rows.flatMap((row) => (row.superseded_by ? [row.superseded_by] : []))
  const known = numbers.length || referenced.length
    ? await spareParts.listSpareParts(
        { part_number: [...new Set([...numbers, ...referenced])] },
        { select: ["id", "part_number", "variant_id", "inventory_item_id"] }
      )
    : []
  const existing = new Map(known.map((part) => [part.part_number, part]))
  const inFile = new Set(numbers)

  const handles = [...new Set(rows.flatMap((row) => row.compatible_products ?? []))]
  const products: { id: string; handle: string }[] = handles.length
    ? (await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: handles } })).data
    : []
  const productByHandle = new Map(products.map((product) => [product.handle, product.id]))

  const skus = rows.filter((row) => !existing.has(row.part_number)).map((row) => row.sku || row.part_number)
  const linkedVariantIds = known.flatMap((part) => (part.variant_id ? [part.variant_id] : []))
  const variants: any[] = skus.length || linkedVariantIds.length
    ? (
        await query.graph({
          entity: "product_variant",
          fields: ["id", "sku", "product_id", "inventory_items.inventory_item_id"],
          filters: { $or: [{ sku: skus }, { id: linkedVariantIds }] } as any,
        })
      ).data
    : []
  const variantBySku = new Map<string, any>(variants.map((variant) => [variant.sku, variant]))
  const variantById = new Map<string, any>(variants.map((variant) => [variant.id, variant]))

  const newItemIds = new Map<string, string>()
  for (const row of rows) {
    const before = plan.problems.length
    const part = existing.get(row.part_number)
    if (row.superseded_by && !existing.has(row.superseded_by) && !inFile.has(row.superseded_by)) {
      problem(row.line, `Superseding part ${row.superseded_by} is neither in the file nor a known part.`)
    }
    const unknownHandles = (row.compatible_products ?? []).filter((handle) => !productByHandle.has(handle))
    if (unknownHandles.length) {
      problem(row.line, `Unknown compatible product handles: ${unknownHandles.join(", ")}.`)
    }
    const master: Record<string, unknown> = {}
    for (const field of MASTER_FIELDS) {
      if (row[field] !== undefined && !(field === "status" && row.status === null)) {
        master[field] = field === "currency_code" && row.currency_code === null ? undefined : row[field]
      }
    }
    if (row.compatible_products !== undefined) {
      master.compatible_product_ids = row.compatible_products.map((handle) => productByHandle.get(handle))
    }

    if (part) {
      const linked = part.variant_id ? variantById.get(part.variant_id) : null
      if (row.sku && linked && row.sku !== linked.sku) {
        problem(
          row.line,
          `Part ${row.part_number} sells as SKU ${linked.sku}; an import does not move a part to another variant (sku ${row.sku}).`
        )
      }
      if (plan.problems.length === before) {
        plan.part_updates.push({
          part_number: row.part_number,
          changes: master,
          ...(row.superseded_by !== undefined && { superseded_by: row.superseded_by }),
        })
      }
      continue
    }

    if (!row.name) {
      problem(row.line, `name is needed to create part ${row.part_number}.`)
    }
    const sku = row.sku || row.part_number
    const variant = variantBySku.get(sku)
    const create: CreateSparePartInput = {
      part_number: row.part_number,
      ...(master as Partial<CreateSparePartInput>),
      name: row.name ?? "",
      ...(row.currency_code === null && { currency_code: undefined }),
    }
    if (variant) {
      const items = (variant.inventory_items ?? []).filter(Boolean)
      if (items.length !== 1) {
        problem(row.line, `Variant ${sku} has ${items.length} inventory items; a spare part needs a variant with exactly one.`)
      } else {
        const itemId = items[0].inventory_item_id
        const owner = known.find((p) => p.inventory_item_id === itemId)
        const [usedBy] = owner
          ? [owner]
          : await spareParts.listSpareParts({ inventory_item_id: itemId }, { select: ["part_number"] })
        if (usedBy) {
          problem(row.line, `The variant with SKU ${sku} already belongs to spare part ${usedBy.part_number}.`)
        } else if (newItemIds.has(itemId)) {
          problem(row.line, `SKU ${sku} is also used by part ${newItemIds.get(itemId)} in this file.`)
        } else {
          newItemIds.set(itemId, row.part_number)
          create.variant_id = variant.id
        }
      }
    } else {
      if (row.price === undefined || row.price === null) {
        problem(
          row.line,
          `price is needed to create the product variant of new part ${row.part_number} (no variant has SKU ${sku}).`
        )
      }
      const { data: clashes } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { handle: sparePartProductHandle(row.part_number) },
      })
      if (clashes.length) {
        problem(row.line, `A product with the handle ${sparePartProductHandle(row.part_number)} already exists.`)
      }
      create.sku = sku
      create.price = row.price ?? undefined
    }
    if (plan.problems.length === before) {
      plan.part_creates.push(create)
      if (row.superseded_by) {
        plan.part_updates.push({ part_number: row.part_number, changes: {}, superseded_by: row.superseded_by })
      }
    }
  }
  plan.summary = {
    create: plan.part_creates.length,
    update: rows.filter((row) => existing.has(row.part_number)).length,
  }
}

async function planOffers(container: MedusaContainer, rows: OfferCsvRow[], plan: SparePartsImportPlan) {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const numbers = [...new Set(rows.map((row) => row.part_number))]
  const codes = [...new Set(rows.map((row) => row.supplier_code))]
  const parts = numbers.length
    ? await spareParts.listSpareParts({ part_number: numbers }, { select: ["id", "part_number"] })
    : []
  const suppliers = codes.length ? await spareParts.listSuppliers({ code: codes }, { select: ["id", "code"] }) : []
  const partId = new Map(parts.map((part) => [part.part_number, part.id]))
  const supplierId = new Map(suppliers.map((supplier) => [supplier.code, supplier.id]))
  const offers = partId.size && supplierId.size
    ? await spareParts.listPartSuppliers({ part_id: [...partId.values()], supplier_id: [...supplierId.values()] } as any, {
        select: ["id", "part_id", "supplier_id"] as any,
      })
    : []
  let updates = 0
  for (const row of rows) {
    const before = plan.problems.length
    const part = partId.get(row.part_number)
    const supplier = supplierId.get(row.supplier_code)
    if (!part) {
      plan.problems.push({ line: row.line, message: `Part ${row.part_number} is not known.` })
    }
    if (!supplier) {
      plan.problems.push({ line: row.line, message: `Supplier ${row.supplier_code} is not known.` })
    }
    const existing = offers.find((o: any) => o.part_id === part && o.supplier_id === supplier)
    if (part && supplier && !existing && (row.unit_price === undefined || row.unit_price === null)) {
      plan.problems.push({ line: row.line, message: "unit_price is needed for a new offer." })
    }
    if (plan.problems.length > before) {
      continue
    }
    if (existing) {
      updates++
    }
    const { line, part_number, supplier_code, ...fields } = row
    const offer: PartSupplierOfferInput = { part_id: part!, supplier_id: supplier! }
    for (const [field, value] of Object.entries(fields)) {
      const required = ["unit_price", "min_order_quantity", "pack_size", "is_preferred", "currency_code"]
      if (value === null && required.includes(field)) {
        continue
      }
      ;(offer as any)[field] = value
    }
    plan.offers.push(offer)
  }
  plan.summary = { create: plan.offers.length - updates, update: updates }
}

async function planSuppliers(container: MedusaContainer, rows: SupplierCsvRow[], plan: SparePartsImportPlan) {
  const spareParts: SparePartsModuleService = container.resolve(SPARE_PARTS_MODULE)
  const codes = rows.map((row) => row.code)
  const existing = codes.length ? await spareParts.listSuppliers({ code: codes }, { select: ["id", "code"] }) : []
  const idByCode = new Map(existing.map((supplier) => [supplier.code, supplier.id]))
  for (const row of rows) {
    const id = idByCode.get(row.code)
    if (!id && !row.name) {
      plan.problems.push({ line: row.line, message: `name is needed to create supplier ${row.code}.` })
      continue
    }
    plan.suppliers.push({ ...row, ...(id && { id }) })
  }
  plan.summary = {
    create: plan.suppliers.filter((s) => !s.id).length,
    update: plan.suppliers.filter((s) => s.id).length,
  }
}

/**
 * Reads an import file and checks every row against the database without writing: parts
 * (upsert by part_number), supplier offers (by part_number + supplier_code) or suppliers (by
 * code). Every bad row is reported; the import workflow writes only when there is none.
 */
export async function planSparePartsImport(
  container: MedusaContainer,
  type: SparePartsImportType,
  csv: string
): Promise<SparePartsImportPlan> {
  const plan = emptyPlan(type)
  if (type === "parts") {
    const { rows, problems } = parsePartsCsv(csv)
    plan.problems.push(...problems)
    await planParts(container, rows, plan)
  } else if (type === "offers") {
    const { rows, problems } = parseOffersCsv(csv)
    plan.problems.push(...problems)
    await planOffers(container, rows, plan)
  } else {
    const { rows, problems } = parseSuppliersCsv(csv)
    plan.problems.push(...problems)
    await planSuppliers(container, rows, plan)
  }
  plan.rows = Math.max(0, splitCsvRecords(csv).length - 1)
  plan.problems = sortProblems(plan.problems)
  return plan
}

export const planSparePartsImportStep = createStep(
  "plan-spare-parts-import",
  async (input: { type: SparePartsImportType; csv: string }, { container }) =>
    new StepResponse(await planSparePartsImport(container, input.type, input.csv))
)
