import { SectionPlaceholder, sectionMetadata } from "@/components/section-placeholder"
import { requireSection } from "@/lib/data/session"

// Placeholder: the stock screen replaces this folder (see panel/README.md).
export const generateMetadata = () => sectionMetadata("stock")

export default async function StockPage() {
  const member = await requireSection("stock")
  return <SectionPlaceholder section="stock" member={member} />
}
