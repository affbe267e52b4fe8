import { createProductsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import { AuditContext } from "../../audit/types"
import { createSparePartsStep } from "../steps/create-spare-parts"
import {
  CreateSparePartInput,
  prepareSparePartsCreationStep,
} from "../steps/prepare-spare-parts-creation"

export type CreateSparePartsWorkflowInput = {
  spare_parts: CreateSparePartInput[]
  audit: AuditContext
}

/**
 * Creates spare parts. Parts that link no host variant get a published host product with one
 * managed-inventory variant (SKU = part number unless given), an inventory item and a price,
 * in the store's default sales channel, so they are sellable on the storefront; if a later
 * step fails, createProductsWorkflow's own compensation removes that product again.
 */
export const createSparePartsWorkflow = createWorkflow(
  "create-spare-parts",
  (input: CreateSparePartsWorkflowInput) => {
    const { prepared, products } = prepareSparePartsCreationStep(input.spare_parts)

    when({ products }, ({ products }) => products.length > 0).then(() => {
      createProductsWorkflow.runAsStep({ input: { products: products as any } })
    })

    const parts = createSparePartsStep(prepared)

    const auditEntries = transform({ input, parts }, ({ input, parts }) =>
      parts.map((part) => ({
        context: input.audit,
        action: "spare_part.created",
        entity_type: "spare_part",
        entity_id: part.id,
        after: part as unknown as Record<string, unknown>,
      }))
    )
    recordAuditEntriesStep(auditEntries)

    const events = transform({ parts }, ({ parts }) => ({
      eventName: "spare_part.created",
      data: parts.map((part) => ({
        id: part.id,
        part_number: part.part_number,
        variant_id: part.variant_id,
        inventory_item_id: part.inventory_item_id,
      })),
    }))
    emitEventStep(events)

    return new WorkflowResponse(parts)
  }
)
