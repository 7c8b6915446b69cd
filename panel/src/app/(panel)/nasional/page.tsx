import type { Metadata } from "next"
import Link from "next/link"
import { PageHeader } from "@/components/page-header"
import { nationalMessages } from "@/i18n/national"
import { getT } from "@/i18n/server"
import { requireSection } from "@/lib/data/session"
import { NATIONAL_PAGES } from "./subnav"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(nationalMessages)
  return { title: t("title") }
}

export default async function NationalPage() {
  await requireSection("national")
  const t = await getT(nationalMessages)
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="quick-links">
        {NATIONAL_PAGES.map((page) => (
          <li key={page.href}>
            <Link href={page.href} className="quick-link">
              <span className="quick-link__title">{t(page.key)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
