import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Badge } from "@/components/badge"
import { ButtonLink } from "@/components/button"
import { PageHeader } from "@/components/page-header"
import { productionMessages } from "@/i18n/production"
import { getT } from "@/i18n/server"
import { isApiError } from "@/lib/data/api"
import { getInmate } from "@/lib/data/production"
import { requireSection } from "@/lib/data/session"
import { updateInmateAction } from "../../actions"
import { InmateForm } from "../../inmate-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(productionMessages)
  return { title: t("tabs.inmates") }
}

/** One inmate: staff edit the display name, story, consent and status; national members read. */
export default async function InmatePage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireSection("production")
  const t = await getT(productionMessages)
  const { id } = await params
  const inmate = await getInmate(id).catch((error) => {
    if (isApiError(error) && error.status === 404) notFound()
    throw error
  })
  const staff = member.role === "lapas_staff"
  return (
    <>
      <PageHeader
        title={t("inmateForm.editTitle", { code: inmate.code })}
        actions={<ButtonLink href="/produksi">{t("inmateForm.back")}</ButtonLink>}
      />
      <section className="card">
        {staff ? (
          <InmateForm action={updateInmateAction} inmate={inmate} />
        ) : (
          <dl className="facts">
            <div>
              <dt>{t("inmates.displayName")}</dt>
              <dd>{inmate.display_name ?? t("inmates.noName")}</dd>
            </div>
            <div>
              <dt>{t("inmateForm.story")}</dt>
              <dd>{inmate.story ?? t("inmates.noName")}</dd>
            </div>
            <div>
              <dt>{t("inmateForm.consent")}</dt>
              <dd>
                <Badge tone={inmate.consent_public ? "success" : "neutral"}>
                  {inmate.consent_public ? t("inmateForm.consentYes") : t("inmateForm.consentNo")}
                </Badge>
              </dd>
            </div>
            <div>
              <dt>{t("inmates.status")}</dt>
              <dd>{t(`status.${inmate.status}`)}</dd>
            </div>
          </dl>
        )}
        {staff ? null : <p className="muted">{t("inmateForm.readOnly")}</p>}
      </section>
    </>
  )
}
