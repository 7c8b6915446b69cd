import Link from "next/link"
import type { Metadata } from "next"
import { PageHeader } from "@/components/page-header"
import { lapasLabel } from "@/components/shell/app-shell"
import { commonMessages } from "@/i18n/common"
import { homeMessages } from "@/i18n/home"
import { navigationMessages } from "@/i18n/navigation"
import { getLocale, getT } from "@/i18n/server"
import { requireSection } from "@/lib/data/session"
import { sectionsFor } from "@/lib/navigation"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(navigationMessages)
  return { title: t("section.home") }
}

/** Beranda: who is logged in, for which lapas, and shortcuts to the sections of their role. */
export default async function HomePage() {
  const member = await requireSection("home")
  const [locale, t, tc, tn] = await Promise.all([getLocale(), getT(homeMessages), getT(commonMessages), getT(navigationMessages)])
  const sections = sectionsFor(member.role).filter((s) => s.key !== "home")
  return (
    <>
      <PageHeader title={t("home.greeting", { name: member.name })} />
      <dl className="facts" data-testid="home-member">
        <div>
          <dt>{t("home.role")}</dt>
          <dd>{tc(`role.${member.role}`)}</dd>
        </div>
        <div>
          <dt>{t("home.lapas")}</dt>
          <dd data-testid="home-lapas">{lapasLabel(member, locale)}</dd>
        </div>
      </dl>
      <h2 className="section-title">{t("home.quickLinks")}</h2>
      <ul className="quick-links">
        {sections.map((s) => (
          <li key={s.key}>
            <Link href={s.href} className="quick-link">
              <span className="quick-link__title">{tn(`section.${s.key}`)}</span>
              <span className="quick-link__body">{tn(`section.${s.key}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
