import type { AdminLapasWithBank } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import Link from "next/link"
import { ActionForm } from "@/components/action-form"
import { Badge } from "@/components/badge"
import { EmptyState } from "@/components/empty-state"
import { Field } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable } from "@/components/responsive-table"
import { nationalMessages } from "@/i18n/national"
import { getT } from "@/i18n/server"
import { listLapas } from "@/lib/data/national"
import { requireSection } from "@/lib/data/session"
import { registerLapasAction } from "../actions"
import { NationalSubnav } from "../subnav"
import { LapasFields } from "./lapas-fields"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(nationalMessages)
  return { title: t("lapas.title") }
}

/** The lapas registry: search, open one to edit it (bank account included), register a new one. */
export default async function LapasRegistryPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requireSection("national")
  const t = await getT(nationalMessages)
  const { q } = await searchParams
  const { lapas } = await listLapas({ q: q || undefined })
  return (
    <>
      <PageHeader title={t("lapas.title")} description={t("description")} />
      <NationalSubnav current="/nasional/lapas" />
      <div className="stack">
        <section>
          <form className="form-grid" method="get" role="search">
            <Field label={t("lapas.search")} name="q" defaultValue={q ?? ""} />
            <div className="field">
              <button type="submit" className="button button--secondary">
                {t("lapas.filter")}
              </button>
            </div>
          </form>
          <ResponsiveTable<AdminLapasWithBank>
            caption={t("lapas.title")}
            rows={lapas}
            rowKey={(l) => l.id}
            empty={<EmptyState title={t("lapas.empty")} />}
            columns={[
              { key: "name", header: t("lapas.name"), primary: true, cell: (l) => <Link href={`/nasional/lapas/${l.id}`}>{l.name}</Link> },
              { key: "city", header: t("lapas.city"), cell: (l) => `${l.city}, ${l.province}` },
              { key: "satker", header: t("lapas.satker"), cell: (l) => l.satker_code ?? "—" },
              {
                key: "bank",
                header: t("lapas.bank"),
                cell: (l) => (l.bank_account_number ? `${l.bank_name} · ${l.bank_account_number}` : <span className="muted">{t("lapas.noBank")}</span>),
              },
              {
                key: "status",
                header: t("lapas.status"),
                cell: (l) => <Badge tone={l.is_active ? "success" : "neutral"}>{l.is_active ? t("lapas.active") : t("lapas.inactive")}</Badge>,
              },
            ]}
          />
        </section>
        <section className="card" aria-labelledby="register-title">
          <h2 id="register-title" className="section-title">
            {t("lapas.register")}
          </h2>
          <p className="muted">{t("lapas.registerNote")}</p>
          <ActionForm action={registerLapasAction} submitLabel={t("lapas.registerSubmit")} pendingLabel={t("saving")} resetOnSuccess testId="register-lapas-form">
            <LapasFields mode="register" />
          </ActionForm>
        </section>
      </div>
    </>
  )
}
