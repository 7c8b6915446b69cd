import type { browseId } from "./browse.id"

/** English texts for listings, filters, lapas pages, impact/about, language switch, SEO: exactly the keys of `browse.id.ts`. */
export const browseEn: Record<keyof typeof browseId, string> = {
}
