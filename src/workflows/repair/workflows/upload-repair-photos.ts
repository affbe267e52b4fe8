import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import { appendRepairPhotosStep, RepairPhoto } from "../steps/append-repair-photos"
import { createRepairActivitiesStep } from "../steps/create-repair-activities"
import { RepairActivityInput, repairActivityActor } from "../types"

export type UploadRepairPhotosWorkflowInput = {
  repair_order_id: string
  files: { filename: string; mime_type: string; content_base64: string }[]
  audit: AuditContext
}

/**
 * Stores photos of a unit through the host File module and adds them to the repair order.
 * Rolling back deletes the files and restores the previous photo list.
 */
export const uploadRepairPhotosWorkflow = createWorkflow(
  "upload-repair-photos",
  (input: UploadRepairPhotosWorkflowInput) => {
    const uploaded = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: input.files.map((file) => ({
          filename: file.filename,
          mimeType: file.mime_type,
          content: file.content_base64,
          access: "public" as const,
        })),
      })),
    })
    const photos = transform({ input, uploaded }, ({ input, uploaded }) =>
      uploaded.map(
        (file, index): RepairPhoto => ({
          id: file.id,
          url: file.url,
          name: input.files[index].filename,
          mime_type: input.files[index].mime_type,
          uploaded_by: input.audit.actor_type,
          uploaded_at: new Date().toISOString(),
        })
      )
    )
    const updated = appendRepairPhotosStep(
      transform({ input, photos }, ({ input, photos }) => ({ repair_order_id: input.repair_order_id, photos }))
    )
    createRepairActivitiesStep(
      transform({ input, photos }, ({ input, photos }): RepairActivityInput[] => [
        {
          repair_order_id: input.repair_order_id,
          type: "photos_added",
          ...repairActivityActor(input.audit),
          is_public: true,
          data: { photos: photos.map((photo) => ({ id: photo.id, name: photo.name })) },
        },
      ])
    )
    recordAuditEntryStep(
      transform({ input, photos }, ({ input, photos }) => ({
        context: input.audit,
        action: "repair_order.photos_added",
        entity_type: "repair_order",
        entity_id: input.repair_order_id,
        after: { photos: photos.map((photo) => ({ id: photo.id, url: photo.url, name: photo.name })) },
      }))
    )
    return new WorkflowResponse({ repair_order: updated, photos })
  }
)
