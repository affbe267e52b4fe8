import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_REPAIR_PHOTOS, repairPhotoProblem } from "../../../lib/repair/lifecycle"
import { uploadRepairPhotosWorkflow } from "../../../workflows/repair/workflows/upload-repair-photos"
import { auditContextFrom } from "../../utils/audit-context"

type UploadedFile = { originalname: string; mimetype: string; size: number; buffer: Buffer }

/**
 * Stores the multipart `files` of the request as photos of the repair order through the
 * host File module. Wrong types, empty files, no files or too many photos are a 400 and
 * nothing is stored. Returns the stored photos.
 */
export async function uploadRepairPhotos(
  req: AuthenticatedMedusaRequest,
  order: { id: string; number: string; photos?: unknown }
) {
  const files = ((req as unknown as { files?: UploadedFile[] }).files ?? []).map((file) => ({
    filename: file.originalname,
    mime_type: file.mimetype,
    size: file.size,
    buffer: file.buffer,
  }))
  if (!files.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      'Send the photos as multipart/form-data in the field "files".'
    )
  }
  const problems = files
    .map((file) => repairPhotoProblem({ name: file.filename, mime_type: file.mime_type, size: file.size }))
    .filter((problem): problem is string => !!problem)
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
  }
  const existing = Array.isArray(order.photos) ? order.photos.length : 0
  if (existing + files.length > MAX_REPAIR_PHOTOS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Repair ${order.number} can hold at most ${MAX_REPAIR_PHOTOS} photos; it has ${existing}.`
    )
  }
  const { result } = await uploadRepairPhotosWorkflow(req.scope).run({
    input: {
      repair_order_id: order.id,
      files: files.map((file) => ({
        filename: file.filename,
        mime_type: file.mime_type,
        content_base64: file.buffer.toString("base64"),
      })),
      audit: auditContextFrom(req),
    },
  })
  return result.photos
}
