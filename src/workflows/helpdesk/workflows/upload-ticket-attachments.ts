import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { AuditContext } from "../../audit/types"
import type { TicketAttachment } from "../steps/prepare-ticket-message"

export type UploadTicketAttachmentsWorkflowInput = {
  ticket_id: string
  files: { filename: string; mime_type: string; content_base64: string }[]
  audit: AuditContext
}

/**
 * Stores files a customer attaches to a ticket through the host File module (the
 * configured provider: local in the demo, S3 and the like in production) and returns them
 * as `{ url, name, mime_type }`, ready to be sent with a reply. Rolling back deletes them.
 */
export const uploadTicketAttachmentsWorkflow = createWorkflow(
  "upload-ticket-attachments",
  (input: UploadTicketAttachmentsWorkflowInput) => {
    const uploadInput = transform({ input }, ({ input }) => ({
      files: input.files.map((file) => ({
        filename: file.filename,
        mimeType: file.mime_type,
        content: file.content_base64,
        access: "public" as const,
      })),
    }))
    const uploaded = uploadFilesWorkflow.runAsStep({ input: uploadInput })

    const attachments = transform({ input, uploaded }, ({ input, uploaded }) =>
      uploaded.map(
        (file, index): TicketAttachment => ({
          url: file.url,
          name: input.files[index].filename,
          mime_type: input.files[index].mime_type,
        })
      )
    )

    const auditEntry = transform({ input, uploaded }, ({ input, uploaded }) => ({
      context: input.audit,
      action: "service_ticket.attachments_uploaded",
      entity_type: "service_ticket",
      entity_id: input.ticket_id,
      after: {
        files: uploaded.map((file, index) => ({
          id: file.id,
          url: file.url,
          name: input.files[index].filename,
        })),
      },
    }))
    recordAuditEntryStep(auditEntry)

    return new WorkflowResponse(attachments)
  }
)
