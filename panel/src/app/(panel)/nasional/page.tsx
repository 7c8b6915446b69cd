import { SectionPlaceholder, sectionMetadata } from "@/components/section-placeholder"
import { requireSection } from "@/lib/data/session"

// Placeholder: the national screen replaces this folder (see panel/README.md).
export const generateMetadata = () => sectionMetadata("national")

export default async function NationalPage() {
  const member = await requireSection("national")
  return <SectionPlaceholder section="national" member={member} />
}
