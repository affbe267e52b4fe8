/** Limits for files customers attach to their tickets through the Store API. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
export const MAX_ATTACHMENTS_PER_UPLOAD = 5

/** Photos, videos and documents a customer typically sends about a product problem. */
export const ALLOWED_ATTACHMENT_TYPES = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/heic",
  "application/pdf",
  "text/plain",
  "video/mp4",
  "video/quicktime",
] as const

export type AttachmentCandidate = { name: string; mime_type: string; size: number }

/** The reason a file is refused, or null when it may be uploaded. */
export function attachmentProblem(file: AttachmentCandidate): string | null {
  if (!(ALLOWED_ATTACHMENT_TYPES as readonly string[]).includes(file.mime_type)) {
    return `"${file.name}" is of type ${file.mime_type || "unknown"}; allowed are ${ALLOWED_ATTACHMENT_TYPES.join(", ")}.`
  }
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return `"${file.name}" is larger than ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB.`
  }
  if (file.size === 0) {
    return `"${file.name}" is empty.`
  }
  return null
}
