import "server-only"
import Medusa from "@medusajs/js-sdk"
import { getBackendUrl, getPublishableKey } from "../config"

let client: Medusa | undefined

/** The one Medusa JS SDK client of this server process, configured from the environment. */
export function getSdk(): Medusa {
  if (!client) {
    const publishableKey = getPublishableKey()
    if (!publishableKey && process.env.NODE_ENV !== "test") {
      console.warn(
        "[storefront] NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY is not set; the Medusa store API will reject requests."
      )
    }
    client = new Medusa({
      baseUrl: getBackendUrl(),
      publishableKey,
      debug: false,
    })
  }
  return client
}
