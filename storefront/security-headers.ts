import * as common from "@karya-binaan/contracts"

/**
 * The storefront's security headers: the common policy (packages/contracts/src/security-headers.ts)
 * plus Stripe's script, API and frames for card payments, and `payment` for Stripe's card
 * element (wallets). Sent on every response by next.config.ts `headers()`.
 */
const STRIPE_SCRIPT = "https://js.stripe.com"

export type SecurityHeaderOptions = Pick<common.SecurityHeaderOptions, "backendUrl" | "siteUrl" | "production">

const withStripe = (options: SecurityHeaderOptions): common.SecurityHeaderOptions => ({
  ...options,
  scriptSources: [STRIPE_SCRIPT],
  connectSources: ["https://api.stripe.com"],
  frameSources: [STRIPE_SCRIPT, "https://hooks.stripe.com"],
  payment: `self "${STRIPE_SCRIPT}"`,
})

export const HSTS = common.HSTS
export const contentSecurityPolicy = (options: SecurityHeaderOptions) => common.contentSecurityPolicy(withStripe(options))
export const securityHeaderRules = (options: SecurityHeaderOptions) => common.securityHeaderRules(withStripe(options))
