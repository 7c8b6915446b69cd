import * as common from "@karya-binaan/contracts"

/**
 * The panel's security headers: the common policy (packages/contracts/src/security-headers.ts) as
 * it is. A nonce would gain nothing here either: the panel's data is read server-side with the
 * member's httpOnly token, so an injected script would find no token to steal. The till reads
 * barcodes from a USB/Bluetooth scanner typing into the search box (SKU or barcode, then Enter),
 * not from the camera, so camera, microphone, location and payment stay off. Sent on every
 * response by next.config.ts `headers()`.
 */
export type SecurityHeaderOptions = Pick<common.SecurityHeaderOptions, "backendUrl" | "siteUrl" | "production">

export const HSTS = common.HSTS
export const contentSecurityPolicy = (options: SecurityHeaderOptions) => common.contentSecurityPolicy(options)
export const securityHeaderRules = (options: SecurityHeaderOptions) => common.securityHeaderRules(options)
