import Link from "next/link"
import type { Translate } from "@/i18n"
import { logoutAction } from "../actions"

type Section = "overview" | "orders" | "addresses"

const LINKS: { section: Section; href: string }[] = [
  { section: "overview", href: "/akun" },
  { section: "orders", href: "/akun/pesanan" },
  { section: "addresses", href: "/akun/alamat" },
]

/** Account sections and the log-out button. */
export function AccountNav({ current, t }: { current: Section; t: Translate }) {
  return (
    <div className="account-nav">
      <nav aria-label={t("account.navLabel")}>
        <ul role="list" className="chips">
          {LINKS.map((link) => (
            <li key={link.section}>
              <Link
                href={link.href}
                className="chip"
                aria-current={link.section === current ? "page" : undefined}
              >
                {t(`account.nav.${link.section}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={logoutAction}>
        <button type="submit" className="button button--ghost" data-testid="logout">
          {t("account.logout")}
        </button>
      </form>
    </div>
  )
}
