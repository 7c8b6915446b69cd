import { SectionPlaceholder, sectionMetadata } from "@/components/section-placeholder"
import { requireSection } from "@/lib/data/session"

// Placeholder: the finance screen replaces this folder (see panel/README.md).
export const generateMetadata = () => sectionMetadata("finance")

export default async function FinancePage() {
  const member = await requireSection("finance")
  return <SectionPlaceholder section="finance" member={member} />
}
