import Link from "next/link"
import { nationalMessages } from "@/i18n/national"
import { getT } from "@/i18n/server"

export const NATIONAL_PAGES = [
  { href: "/nasional/lapas", key: "nav.lapas" },
  { href: "/nasional/anggota", key: "nav.members" },
  { href: "/nasional/kebijakan", key: "nav.policies" },
  { href: "/nasional/permintaan-pencarian", key: "nav.demand" },
  { href: "/nasional/indikator", key: "nav.indicators" },
] as const

/** The national section's sub-pages, the current one marked. */
export async function NationalSubnav({ current }: { current?: (typeof NATIONAL_PAGES)[number]["href"] }) {
  const t = await getT(nationalMessages)
  return (
    <nav className="subnav" aria-label={t("title")}>
      {NATIONAL_PAGES.map((page) => (
        <Link
          key={page.href}
          href={page.href}
          className={`button ${page.href === current ? "button--primary" : "button--secondary"}`}
          aria-current={page.href === current ? "page" : undefined}
        >
          {t(page.key)}
        </Link>
      ))}
    </nav>
  )
}
