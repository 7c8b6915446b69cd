import type { ReactNode } from "react"
import { AppShell } from "@/components/shell/app-shell"
import { getLocale } from "@/i18n/server"
import { requireMember } from "@/lib/data/session"

/** Every page a member works in: the session is checked here and again by each page's requireSection. */
export default async function PanelLayout({ children }: { children: ReactNode }) {
  const [member, locale] = await Promise.all([requireMember(), getLocale()])
  return (
    <AppShell member={member} locale={locale}>
      {children}
    </AppShell>
  )
}
