import Medusa from "@medusajs/js-sdk"

/** JS SDK client for the admin extensions; the admin session cookie authenticates every call. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: false,
  auth: { type: "session" },
})
