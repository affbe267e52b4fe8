import { createProductsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { AuditContext } from "../../audit/types"
import {
  applyImportedPartUpdatesStep,
  upsertImportedSuppliersStep,
} from "../steps/apply-spare-parts-import"
import { createSparePartsStep } from "../steps/create-spare-parts"
import { planSparePartsImportStep, SparePartsImportType } from "../steps/plan-spare-parts-import"
import { prepareSparePartsCreationStep } from "../steps/prepare-spare-parts-creation"
import { savePartSupplierOffersStep } from "../steps/save-part-supplier-offers"

export type ImportSparePartsWorkflowInput = {
  type: SparePartsImportType
  csv: string
  dry_run?: boolean
  audit: AuditContext
}

/**
 * CSV import of parts, supplier offers or suppliers, all or nothing: the file is checked row
 * by row first; with any bad row (or `dry_run`) nothing is written and the result lists every
 * problem with its line. Otherwise everything is upserted in this one workflow, so a failure
 * part-way rolls back what was written (host products included).
 */
export const importSparePartsWorkflow = createWorkflow(
  "import-spare-parts",
  (input: ImportSparePartsWorkflowInput) => {
    const plan = planSparePartsImportStep({ type: input.type, csv: input.csv })
    const writes = transform({ input, plan }, ({ input, plan }) => {
      const write = !input.dry_run && plan.problems.length === 0
      return {
        write,
        part_creates: write ? plan.part_creates : [],
        part_updates: write ? plan.part_updates : [],
        offers: write ? plan.offers : [],
        suppliers: write ? plan.suppliers : [],
      }
    })

    const { prepared, products } = prepareSparePartsCreationStep(writes.part_creates)
    when({ products }, ({ products }) => products.length > 0).then(() => {
      createProductsWorkflow.runAsStep({ input: { products: products as any } })
    })
    const createdParts = createSparePartsStep(prepared)
    const updatedParts = applyImportedPartUpdatesStep(writes.part_updates)
    const savedOffers = savePartSupplierOffersStep(writes.offers)
    const savedSuppliers = upsertImportedSuppliersStep(writes.suppliers)

    const auditEntries = transform(
      { input, createdParts, updatedParts, savedOffers, savedSuppliers },
      ({ input, createdParts, updatedParts, savedOffers, savedSuppliers }) => {
        const metadata = { source: "csv_import" }
        return [
          ...createdParts.map((part) => ({
            context: input.audit,
            action: "spare_part.created",
            entity_type: "spare_part",
            entity_id: part.id,
            after: part as unknown as Record<string, unknown>,
            metadata,
          })),
          ...updatedParts.map(({ before, after }) => ({
            context: input.audit,
            action: "spare_part.updated",
            entity_type: "spare_part",
            entity_id: after.id,
            before,
            after,
            metadata,
          })),
          ...savedOffers.map(({ before, after }) => ({
            context: input.audit,
            action: before ? "part_supplier.updated" : "part_supplier.created",
            entity_type: "part_supplier",
            entity_id: after.id,
            before,
            after,
            metadata: { ...metadata, part_id: after.part_id, supplier_id: after.supplier_id },
          })),
          ...savedSuppliers.map(({ before, after }) => ({
            context: input.audit,
            action: before ? "supplier.updated" : "supplier.created",
            entity_type: "supplier",
            entity_id: after.id,
            before,
            after,
            metadata,
          })),
        ]
      }
    )
    recordAuditEntriesStep(auditEntries)

    const createdEvents = transform({ createdParts }, ({ createdParts }) => ({
      eventName: "spare_part.created",
      data: createdParts.map((part) => ({
        id: part.id,
        part_number: part.part_number,
        variant_id: part.variant_id,
        inventory_item_id: part.inventory_item_id,
      })),
    }))
    emitEventStep(createdEvents).config({ name: "emit-imported-parts-created" })
    const updatedEvents = transform({ updatedParts }, ({ updatedParts }) => ({
      eventName: "spare_part.updated",
      data: updatedParts.map(({ before, after }) => ({
        id: after.id,
        part_number: after.part_number,
        status: after.status,
        changed_fields: Object.keys(before).filter(
          (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]) && field !== "updated_at"
        ),
      })),
    }))
    emitEventStep(updatedEvents).config({ name: "emit-imported-parts-updated" })

    const result = transform({ input, plan, writes }, ({ input, plan, writes }) => ({
      type: plan.type,
      dry_run: !!input.dry_run,
      valid: plan.problems.length === 0,
      written: writes.write,
      rows: plan.rows,
      create: plan.summary.create,
      update: plan.summary.update,
      errors: plan.problems,
    }))
    return new WorkflowResponse(result)
  }
)
