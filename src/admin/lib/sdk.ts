import Medusa from "@medusajs/js-sdk"

/**
 * The admin talks to the plugin only through the HTTP API. When the admin is served by the
 * Medusa server itself (the default), `__BACKEND_URL__` is empty and "/" (same origin) is used.
 */
const backendUrl =
  (typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__) || "/"
const authType =
  (typeof __AUTH_TYPE__ !== "undefined" && __AUTH_TYPE__) || "session"
const jwtTokenStorageKey =
  (typeof __JWT_TOKEN_STORAGE_KEY__ !== "undefined" &&
    __JWT_TOKEN_STORAGE_KEY__) ||
  undefined

export const sdk = new Medusa({
  baseUrl: backendUrl,
  auth: {
    type: authType,
    jwtTokenStorageKey,
  },
})
