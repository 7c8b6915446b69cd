import type { Member } from "@karya-binaan/contracts"
import type { ReactNode } from "react"
import { commonMessages } from "@/i18n/common"
import { translator } from "@/i18n/define"
import type { Locale } from "@/i18n/locale"
import { navigationMessages } from "@/i18n/navigation"
import { sectionsFor } from "@/lib/navigation"
import { logoutAction } from "./actions"
import { LanguageSwitch } from "./language-switch"
import { NavLinks } from "./nav-links"
import { ShellFrame } from "./shell-frame"

/** The lapas the member works for, or "Nasional". */
export function lapasLabel(member: Member, locale: Locale): string {
  return member.lapas?.name ?? translator(commonMessages, locale)("lapas.national")
}

/** Sidebar (desktop) / top bar and menu (phone) around every page of the (panel) group. */
export function AppShell({ member, locale, children }: { member: Member; locale: Locale; children: ReactNode }) {
  const t = translator(commonMessages, locale)
  const tn = translator(navigationMessages, locale)
  const items = sectionsFor(member.role).map((s) => ({ key: s.key, href: s.href, label: tn(`section.${s.key}`) }))
  const lapas = lapasLabel(member, locale)

  const sidebar = (
    <div className="sidebar__inner">
      <div className="sidebar__brand">
        <span className="brand-mark" aria-hidden="true">KB</span>
        <span>
          <span className="sidebar__name">{t("app.name")}</span>
          <span className="sidebar__tagline">{t("app.tagline")}</span>
        </span>
      </div>
      <div className="member-card">
        <p className="member-card__name">{member.name}</p>
        <p className="member-card__role">{t(`role.${member.role}`)}</p>
        <p className="member-card__lapas" data-testid="member-lapas">
          {lapas}
        </p>
      </div>
      <NavLinks items={items} label={t("shell.navigation")} />
      <div className="sidebar__footer">
        <LanguageSwitch locale={locale} />
        <form action={logoutAction}>
          <button type="submit" className="button button--secondary button--block" data-testid="logout">
            {t("shell.logout")}
          </button>
        </form>
      </div>
    </div>
  )

  return (
    <ShellFrame
      brand={t("app.name")}
      context={lapas}
      sidebar={sidebar}
      menuLabel={t("shell.menu")}
      closeLabel={t("shell.closeMenu")}
    >
      {children}
    </ShellFrame>
  )
}
