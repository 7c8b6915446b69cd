import Medusa from "@medusajs/js-sdk"

/**
 * JS SDK for admin customizations. Session auth: the dashboard's login cookie
 * is sent along (`credentials: "include"`).
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: {
    type: "session",
  },
})
