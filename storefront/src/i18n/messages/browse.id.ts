/** Bahasa Indonesia texts for listings, filters, lapas pages, impact/about, language switch, SEO. Merged into `id.ts`. */
export const browseId = {
} as const satisfies Record<string, string>
