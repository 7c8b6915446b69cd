import { PARTNER_KINDS, type AdminPartner, type LapasMemberSummary } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { ActionForm } from "@/components/action-form"
import { Badge } from "@/components/badge"
import { SelectField, TextareaField } from "@/components/choice-field"
import { DateTime } from "@/components/date-time"
import { EmptyState } from "@/components/empty-state"
import { Field } from "@/components/field"
import { Money } from "@/components/money"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable } from "@/components/responsive-table"
import { lapasMessages } from "@/i18n/lapas"
import { nationalMessages } from "@/i18n/national"
import { getLocale, getT } from "@/i18n/server"
import { isApiError } from "@/lib/data/api"
import { getLapas } from "@/lib/data/lapas"
import { listLapas } from "@/lib/data/national"
import { requireSection } from "@/lib/data/session"
import { addAgreementAction, createPartnerAction, deletePartnerAction, updateProfileAction } from "./actions"
import { AgreementFields } from "./agreement-fields"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(lapasMessages)
  return { title: t("title") }
}

const ZONES: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" }

/**
 * The lapas's profile, bank account, partners and agreements, and members. Staff edit the public
 * profile and the partners; finance read; national members pick any lapas (?lapas=…).
 */
export default async function LapasPage({ searchParams }: { searchParams: Promise<{ lapas?: string }> }) {
  const member = await requireSection("lapas")
  const t = await getT(lapasMessages)
  const tn = await getT(nationalMessages)
  const locale = await getLocale()
  const { lapas: asked } = await searchParams
  const national = member.role === "national"
  const lapasId = national ? asked : member.lapas?.id
  const choices = national ? (await listLapas()).lapas : []

  const picker = national ? (
    <form className="form-grid" method="get">
      <SelectField label={t("pick.label")} name="lapas" defaultValue={lapasId ?? ""} options={[{ value: "", label: "—" }, ...choices.map((l) => ({ value: l.id, label: l.name }))]} />
      <div className="field">
        <button type="submit" className="button button--secondary">
          {t("pick.submit")}
        </button>
      </div>
    </form>
  ) : null

  if (!lapasId) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        {picker}
        <EmptyState title={t("pick.none")} />
      </>
    )
  }

  const { lapas } = await getLapas(lapasId).catch((error) => {
    if (isApiError(error) && error.status === 404) notFound()
    throw error
  })
  const canEdit = member.role === "lapas_staff" || national
  const zone = lapas.time_zone

  return (
    <>
      <PageHeader title={lapas.name} description={`${lapas.city}, ${lapas.province}`} />
      {picker}
      <div className="stack">
        <section aria-labelledby="profile-title">
          <h2 id="profile-title" className="section-title">
            {t("profile.title")}
          </h2>
          <dl className="facts">
            <div>
              <dt>{t("profile.timeZone")}</dt>
              <dd>{ZONES[zone] ?? zone}</dd>
            </div>
            <div>
              <dt>{t("profile.satker")}</dt>
              <dd>{lapas.satker_code ?? t("profile.empty")}</dd>
            </div>
            <div>
              <dt>{t("profile.pnbpTarget")}</dt>
              <dd>
                <Money amount={lapas.pnbp_target_yearly} />
              </dd>
            </div>
            <div>
              <dt>{t("profile.status")}</dt>
              <dd>
                <Badge tone={lapas.is_active ? "success" : "neutral"}>{lapas.is_active ? t("profile.active") : t("profile.inactive")}</Badge>
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="bank-title">
          <h2 id="bank-title" className="section-title">
            {t("bank.title")}
          </h2>
          {lapas.bank_account_number ? (
            <dl className="facts">
              <div>
                <dt>{t("bank.name")}</dt>
                <dd>{lapas.bank_name}</dd>
              </div>
              <div>
                <dt>{t("bank.number")}</dt>
                <dd>{lapas.bank_account_number}</dd>
              </div>
              <div>
                <dt>{t("bank.holder")}</dt>
                <dd>{lapas.bank_account_holder}</dd>
              </div>
            </dl>
          ) : (
            <p className="muted">{t("bank.none")}</p>
          )}
          {!national ? <p className="muted">{t("bank.nationalOnly")}</p> : null}
        </section>

        {canEdit ? (
          <section className="card" aria-labelledby="edit-title">
            <h2 id="edit-title" className="section-title">
              {t("edit.title")}
            </h2>
            <ActionForm action={updateProfileAction.bind(null, lapas.id)} submitLabel={t("edit.submit")} pendingLabel={t("edit.submitting")} testId="profile-form">
              <TextareaField label={t("edit.story")} name="story" defaultValue={lapas.story ?? ""} maxLength={4000} rows={5} />
              <div className="form-grid">
                <Field label={t("edit.address")} name="address" defaultValue={lapas.address ?? ""} />
                <Field label={t("edit.email")} name="contact_email" type="email" defaultValue={lapas.contact_email ?? ""} />
                <Field label={t("edit.phone")} name="contact_phone" type="tel" defaultValue={lapas.contact_phone ?? ""} />
                <Field label={t("edit.logo")} name="logo_url" type="url" defaultValue={lapas.logo_url ?? ""} />
              </div>
            </ActionForm>
          </section>
        ) : null}

        <section aria-labelledby="partners-title">
          <h2 id="partners-title" className="section-title">
            {t("partners.title")}
          </h2>
          <ResponsiveTable<AdminPartner>
            caption={t("partners.title")}
            rows={lapas.partners}
            rowKey={(p) => p.id}
            empty={<EmptyState title={t("partners.empty")} />}
            columns={[
              { key: "name", header: t("partners.name"), primary: true, cell: (p) => p.name },
              { key: "kind", header: t("partners.kind"), cell: (p) => t(`kind.${p.kind}`) },
              { key: "contact", header: t("partners.contact"), cell: (p) => p.contact ?? "—" },
              {
                key: "agreements",
                header: t("partners.agreements"),
                cell: (p) => (
                  <ul style={{ margin: 0, paddingLeft: "1rem" }}>
                    {p.agreements.map((a) => (
                      <li key={a.id}>
                        {a.number}: <DateTime value={a.starts_on} timeZone={zone} locale={locale} dateOnly /> {t("partners.until")}{" "}
                        <DateTime value={a.ends_on} timeZone={zone} locale={locale} dateOnly /> ·{" "}
                        {a.activities.map((activity) => t(`activity.${activity}`)).join(", ")}{" "}
                        <Badge tone={a.expired ? "neutral" : "success"}>{a.expired ? t("partners.expired") : t("partners.running")}</Badge>
                      </li>
                    ))}
                  </ul>
                ),
              },
              ...(canEdit
                ? [
                    {
                      key: "actions",
                      header: "",
                      cell: (p: AdminPartner) => (
                        <div className="stack" style={{ gap: "0.5rem" }}>
                          <details className="disclosure">
                            <summary>{t("partners.addAgreement")}</summary>
                            <ActionForm action={addAgreementAction.bind(null, lapas.id, p.id)} submitLabel={t("partners.addAgreement")} pendingLabel={t("saving")} resetOnSuccess>
                              <AgreementFields idPrefix={`agreement-${p.id}`} />
                            </ActionForm>
                          </details>
                          <ActionForm inline variant="danger" action={deletePartnerAction.bind(null, lapas.id, p.id)} submitLabel={t("partners.remove")} pendingLabel={t("saving")} />
                        </div>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </section>

        {canEdit ? (
          <section className="card" aria-labelledby="partner-title">
            <h2 id="partner-title" className="section-title">
              {t("partners.add")}
            </h2>
            <ActionForm action={createPartnerAction.bind(null, lapas.id)} submitLabel={t("partners.addSubmit")} pendingLabel={t("saving")} resetOnSuccess testId="partner-form">
              <div className="form-grid">
                <Field id="partner-name" label={t("partners.name")} name="name" required />
                <SelectField id="partner-kind" label={t("partners.kind")} name="kind" options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
                <Field id="partner-contact" label={t("partners.contact")} name="contact" />
              </div>
              <AgreementFields idPrefix="new-partner" />
            </ActionForm>
          </section>
        ) : null}

        <section aria-labelledby="members-title">
          <h2 id="members-title" className="section-title">
            {t("members.title")}
          </h2>
          <ResponsiveTable<LapasMemberSummary>
            caption={t("members.title")}
            rows={lapas.members}
            rowKey={(m) => m.id}
            empty={<EmptyState title={t("members.empty")} />}
            columns={[
              { key: "name", header: tn("members.name"), primary: true, cell: (m) => m.name },
              { key: "email", header: tn("field.email"), cell: (m) => m.email },
              { key: "role", header: tn("field.role"), cell: (m) => tn(`role.${m.role}`) },
              { key: "status", header: tn("field.status"), cell: (m) => <Badge tone={m.status === "active" ? "success" : m.status === "invited" ? "warning" : "neutral"}>{tn(`status.${m.status}`)}</Badge> },
            ]}
          />
        </section>
      </div>
    </>
  )
}
