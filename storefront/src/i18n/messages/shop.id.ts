/** Bahasa Indonesia texts for cart, checkout, order confirmation, order lookup, account. Merged into `id.ts`. */
export const shopId = {
} as const satisfies Record<string, string>
