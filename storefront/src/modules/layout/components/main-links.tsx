import Link from "next/link"
import type { Translate } from "@/i18n"

const MAIN_LINKS = [
  { href: "/produk", label: "nav.products" },
  { href: "/lapas", label: "nav.lapas" },
  { href: "/tentang", label: "nav.about" },
] as const

/** The main sections as list items, for the header and the footer navigation. */
export function MainLinkItems({ t }: { t: Translate }) {
  return MAIN_LINKS.map((link) => (
    <li key={link.href}>
      <Link prefetch={false} href={link.href}>{t(link.label)}</Link>
    </li>
  ))
}
