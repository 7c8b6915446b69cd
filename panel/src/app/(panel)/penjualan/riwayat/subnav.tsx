import Link from "next/link"
import type { Translator, KeyOf } from "@/i18n/define"
import type { directSalesAdminMessages } from "@/i18n/direct-sales-admin"

type T = Translator<KeyOf<typeof directSalesAdminMessages>>

const LINKS = [
  { href: "/penjualan", key: "subnav.till", staffOnly: true },
  { href: "/penjualan/riwayat", key: "subnav.history", staffOnly: false },
  { href: "/penjualan/acara", key: "subnav.venues", staffOnly: false },
  { href: "/penjualan/tutup-kas", key: "subnav.closing", staffOnly: false },
] as const

export type DirectSalesPath = (typeof LINKS)[number]["href"]

/** The pages of direct sales side by side: the till (staff), history, events, cash closing. */
export function DirectSalesSubnav({
  current,
  staff,
  t,
  lapasId,
}: {
  current: DirectSalesPath
  staff: boolean
  t: T
  /** National members keep the lapas they picked. */
  lapasId?: string
}) {
  const query = lapasId ? `?lapas=${encodeURIComponent(lapasId)}` : ""
  return (
    <nav className="subnav" aria-label={t("subnav.label")}>
      {LINKS.filter((link) => staff || !link.staffOnly).map((link) => (
        <Link
          key={link.href}
          href={`${link.href}${link.href === "/penjualan" ? "" : query}`}
          className={`button ${link.href === current ? "button--primary" : "button--secondary"}`}
          aria-current={link.href === current ? "page" : undefined}
        >
          {t(link.key)}
        </Link>
      ))}
    </nav>
  )
}
