import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import {
  deletePartSupplierOfferStep,
  PartSupplierOfferInput,
  savePartSupplierOffersStep,
} from "../steps/save-part-supplier-offers"

/** Adds or updates what suppliers offer for parts (number, price, lead time, MOQ, pack, preferred). */
export const savePartSupplierOffersWorkflow = createWorkflow(
  "save-part-supplier-offers",
  (input: { offers: PartSupplierOfferInput[]; audit: AuditContext }) => {
    const saved = savePartSupplierOffersStep(input.offers)
    const auditEntries = transform({ input, saved }, ({ input, saved }) =>
      saved.map(({ before, after }) => ({
        context: input.audit,
        action: before ? "part_supplier.updated" : "part_supplier.created",
        entity_type: "part_supplier",
        entity_id: after.id,
        before,
        after,
        metadata: { part_id: after.part_id, supplier_id: after.supplier_id },
      }))
    )
    recordAuditEntriesStep(auditEntries)
    const offers = transform({ saved }, ({ saved }) => saved.map(({ after }) => after))
    return new WorkflowResponse(offers)
  }
)

export const deletePartSupplierOfferWorkflow = createWorkflow(
  "delete-part-supplier-offer",
  (input: { part_id: string; id: string; audit: AuditContext }) => {
    const offer = deletePartSupplierOfferStep({ part_id: input.part_id, id: input.id })
    const auditEntry = transform({ input, offer }, ({ input, offer }) => ({
      context: input.audit,
      action: "part_supplier.deleted",
      entity_type: "part_supplier",
      entity_id: offer.id,
      before: offer as unknown as Record<string, unknown>,
      metadata: { part_id: input.part_id },
    }))
    recordAuditEntryStep(auditEntry)
    return new WorkflowResponse(offer)
  }
)
