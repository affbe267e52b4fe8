import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_UPLOAD,
} from "../../../lib/helpdesk/attachments"

// In memory, as the host's own /admin/uploads does: the File module receives the content.
const parseFiles = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS_PER_UPLOAD, fields: 0 },
}).array("files", MAX_ATTACHMENTS_PER_UPLOAD)

const LIMIT_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `A file is larger than ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB.`,
  LIMIT_FILE_COUNT: `Send at most ${MAX_ATTACHMENTS_PER_UPLOAD} files at once.`,
  LIMIT_UNEXPECTED_FILE: `Send at most ${MAX_ATTACHMENTS_PER_UPLOAD} files, in the field "files".`,
  LIMIT_FIELD_COUNT: 'Only files are accepted, in the field "files".',
}

/** Parses multipart uploads within the attachment limits; a broken upload is a 400, not a 500. */
export function parseAttachmentUpload(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  parseFiles(req as any, res as any, (error?: any) => {
    if (!error) {
      return next()
    }
    next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        LIMIT_MESSAGES[error.code] ?? `The upload could not be read: ${error.message}`
      )
    )
  })
}
