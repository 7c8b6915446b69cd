import { SectionPlaceholder, sectionMetadata } from "@/components/section-placeholder"
import { requireSection } from "@/lib/data/session"

// Placeholder: the lapas screen replaces this folder (see panel/README.md).
export const generateMetadata = () => sectionMetadata("lapas")

export default async function LapasPage() {
  const member = await requireSection("lapas")
  return <SectionPlaceholder section="lapas" member={member} />
}
