import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { isApiError } from "@/lib/data/api"
import { ActionForm } from "@/components/action-form"
import { PageHeader } from "@/components/page-header"
import { nationalMessages } from "@/i18n/national"
import { getT } from "@/i18n/server"
import { getLapas } from "@/lib/data/lapas"
import { requireSection } from "@/lib/data/session"
import { updateLapasAction } from "../../actions"
import { NationalSubnav } from "../../subnav"
import { LapasFields } from "../lapas-fields"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(nationalMessages)
  return { title: t("lapas.edit") }
}

/** National members edit everything of a lapas: profile, satker code, PNBP target, bank account, status. */
export default async function EditLapasPage({ params }: { params: Promise<{ id: string }> }) {
  await requireSection("national")
  const t = await getT(nationalMessages)
  const { id } = await params
  const { lapas } = await getLapas(id).catch((error) => {
    if (isApiError(error) && error.status === 404) notFound()
    throw error
  })
  return (
    <>
      <PageHeader title={lapas.name} description={t("lapas.edit")} actions={<Link href={`/lapas?lapas=${lapas.id}`} className="button button--secondary">{t("lapas.open")}</Link>} />
      <NationalSubnav current="/nasional/lapas" />
      <section className="card">
        <ActionForm action={updateLapasAction.bind(null, lapas.id)} submitLabel={t("lapas.edit")} pendingLabel={t("saving")} testId="edit-lapas-form">
          <LapasFields mode="edit" lapas={lapas} />
        </ActionForm>
      </section>
    </>
  )
}
