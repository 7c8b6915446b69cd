import { SectionPlaceholder, sectionMetadata } from "@/components/section-placeholder"
import { requireSection } from "@/lib/data/session"

// Placeholder: the orders screen replaces this folder (see panel/README.md).
export const generateMetadata = () => sectionMetadata("orders")

export default async function OrdersPage() {
  const member = await requireSection("orders")
  return <SectionPlaceholder section="orders" member={member} />
}
