import { FetchError } from "@medusajs/js-sdk"

/** The server answers errors as `{ type, message }`; the js-sdk puts `message` on the error. */
export function getErrorMessage(error: unknown, fallback: string): string {
  if (error instanceof FetchError || error instanceof Error) {
    return error.message || fallback
  }
  if (typeof error === "string" && error) {
    return error
  }
  return fallback
}

export function getErrorStatus(error: unknown): number | undefined {
  if (error && typeof error === "object" && "status" in error) {
    const status = (error as { status?: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}
