import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { attachmentProblem } from "../../../../../lib/helpdesk/attachments"
import { isTerminalCategory } from "../../../../../lib/process/pipeline"
import type { StageCategory } from "../../../../../lib/process/types"
import { uploadTicketAttachmentsWorkflow } from "../../../../../workflows/helpdesk/workflows/upload-ticket-attachments"
import { auditContextFrom } from "../../../../utils/audit-context"
import { assertOwnTicket } from "../../helpers"

type UploadedFile = { originalname: string; mimetype: string; size: number; buffer: Buffer }

/**
 * Uploads files (multipart field `files`) for a reply on the customer's own open ticket and
 * answers `{ attachments: [{ url, name, mime_type }] }` to send with
 * `POST /store/service-tickets/:id/messages`.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket: any = await assertOwnTicket(req, req.params.id)
  if (isTerminalCategory(ticket.stage_category as StageCategory)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Ticket ${ticket.number} is closed. Reopen it to add files.`
    )
  }
  const files = ((req as unknown as { files?: UploadedFile[] }).files ?? []).map((file) => ({
    filename: file.originalname,
    mime_type: file.mimetype,
    size: file.size,
    buffer: file.buffer,
  }))
  if (!files.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      'Send the files as multipart/form-data in the field "files".'
    )
  }
  const problems = files
    .map((file) => attachmentProblem({ name: file.filename, mime_type: file.mime_type, size: file.size }))
    .filter((problem): problem is string => !!problem)
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
  }
  const { result } = await uploadTicketAttachmentsWorkflow(req.scope).run({
    input: {
      ticket_id: ticket.id,
      files: files.map((file) => ({
        filename: file.filename,
        mime_type: file.mime_type,
        content_base64: file.buffer.toString("base64"),
      })),
      audit: auditContextFrom(req),
    },
  })
  res.status(201).json({ attachments: result })
}
