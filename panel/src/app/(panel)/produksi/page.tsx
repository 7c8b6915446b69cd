import { SectionPlaceholder, sectionMetadata } from "@/components/section-placeholder"
import { requireSection } from "@/lib/data/session"

// Placeholder: the production screen replaces this folder (see panel/README.md).
export const generateMetadata = () => sectionMetadata("production")

export default async function ProductionPage() {
  const member = await requireSection("production")
  return <SectionPlaceholder section="production" member={member} />
}
