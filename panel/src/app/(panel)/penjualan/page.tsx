import { SectionPlaceholder, sectionMetadata } from "@/components/section-placeholder"
import { requireSection } from "@/lib/data/session"

export const generateMetadata = () => sectionMetadata("direct_sales")

export default async function DirectSalesPage() {
  const member = await requireSection("direct_sales")
  return <SectionPlaceholder section="direct_sales" member={member} />
}
