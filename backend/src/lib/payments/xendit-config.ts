/** As lib/notifications/order-emails.ts (not imported: medusa-config.ts reads this file). */
const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

/**
 * Whether and how the Xendit payment provider (src/modules/xendit, provider id pp_xendit_xendit)
 * is registered, from the environment:
 * - XENDIT_SECRET_KEY: registers it; unset, buyers pay by bank transfer only.
 * - XENDIT_CALLBACK_TOKEN: the token Xendit sends in `x-callback-token` with every webhook; required
 *   with the key (a webhook that cannot be verified is never trusted).
 * - XENDIT_API_URL: Xendit's API (default https://api.xendit.co); the local simulator sets its own.
 * - XENDIT_SIMULATOR=1 (development and the e2e stack only, refused with NODE_ENV=production) with
 *   XENDIT_SIMULATOR_URL: the order page links to the simulator's page that "pays".
 * - XENDIT_EXPIRY_HOURS: how long a QRIS code or virtual account stays payable (default 24).
 * - XENDIT_PLATFORM_FEE_BPS: the platform's fee in basis points of each lapas's part, kept on the
 *   master account (default 0: each lapas receives its whole part).
 */
export interface XenditConfig {
  secretKey: string
  callbackToken: string
  apiUrl?: string
  storefrontUrl: string
  expiryHours: number
  simulatorUrl?: string
  platformFeeBps: number
}

export function xenditConfig(env: NodeJS.ProcessEnv = process.env): XenditConfig | null {
  const secretKey = env.XENDIT_SECRET_KEY?.trim()
  const simulator = env.XENDIT_SIMULATOR === "1"
  if (simulator && env.NODE_ENV === "production") {
    throw new Error("XENDIT_SIMULATOR=1 is a development tool: unset it in production and use Xendit's real API.")
  }
  if (!secretKey) return null
  const callbackToken = env.XENDIT_CALLBACK_TOKEN?.trim()
  if (!callbackToken) {
    throw new Error(
      "XENDIT_SECRET_KEY is set but XENDIT_CALLBACK_TOKEN is not: copy the webhook verification token from Xendit's dashboard (Settings → Webhooks)."
    )
  }
  if (env.NODE_ENV === "production" && callbackToken.length < 24) {
    throw new Error("XENDIT_CALLBACK_TOKEN is too short to be Xendit's verification token; copy it from Xendit's dashboard.")
  }
  const hours = Number(env.XENDIT_EXPIRY_HOURS)
  const bps = Number(env.XENDIT_PLATFORM_FEE_BPS ?? 0)
  if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) {
    throw new Error("XENDIT_PLATFORM_FEE_BPS is a whole number of basis points from 0 to 10000 (e.g. 150 for 1.5 %).")
  }
  return {
    secretKey,
    callbackToken,
    apiUrl: env.XENDIT_API_URL?.trim() || undefined,
    storefrontUrl: (env.STOREFRONT_URL || DEFAULT_STOREFRONT_URL).replace(/\/+$/, ""),
    expiryHours: Number.isFinite(hours) && hours > 0 ? hours : 24,
    simulatorUrl: simulator ? env.XENDIT_SIMULATOR_URL?.trim() || undefined : undefined,
    platformFeeBps: bps,
  }
}
