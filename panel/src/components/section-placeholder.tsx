import type { Member } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import { navigationMessages } from "@/i18n/navigation"
import { getT } from "@/i18n/server"
import { isReadOnly, type SectionKey } from "@/lib/navigation"
import { Notice } from "./notice"
import { PageHeader } from "./page-header"

/** `export const generateMetadata = () => sectionMetadata("catalog")`: the section's title as the tab's title. */
export async function sectionMetadata(section: SectionKey): Promise<Metadata> {
  const t = await getT(navigationMessages)
  return { title: t(`section.${section}`) }
}

/**
 * Stands in for a section until its screen is built: the title and what it will hold.
 * Delete it from the section's folder when the real screen lands.
 */
export async function SectionPlaceholder({ section, member }: { section: SectionKey; member: Member }) {
  const t = await getT(navigationMessages)
  return (
    <>
      <PageHeader title={t(`section.${section}`)} description={t(`section.${section}.description`)} />
      {section === "catalog" && isReadOnly(member.role, section) ? (
        <Notice tone="info">{t("section.catalog.readOnly")}</Notice>
      ) : null}
      <div className="card placeholder" data-testid="section-placeholder">
        <p className="muted">{t("placeholder.notice")}</p>
        <p>{t(`section.${section}.description`)}</p>
      </div>
    </>
  )
}
