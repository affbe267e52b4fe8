/// <reference types="vite/client" />

// Injected by the Medusa admin bundler (see @medusajs/admin-bundler): the backend URL and auth
// mode the dashboard itself uses. They may be empty strings when the admin is served by the server.
declare const __BACKEND_URL__: string | undefined
declare const __AUTH_TYPE__: "session" | "jwt" | undefined
declare const __JWT_TOKEN_STORAGE_KEY__: string | undefined
