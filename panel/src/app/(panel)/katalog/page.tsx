import { SectionPlaceholder, sectionMetadata } from "@/components/section-placeholder"
import { requireSection } from "@/lib/data/session"

// Placeholder: the catalog screen replaces this folder (see panel/README.md).
export const generateMetadata = () => sectionMetadata("catalog")

export default async function CatalogPage() {
  const member = await requireSection("catalog")
  return <SectionPlaceholder section="catalog" member={member} />
}
