import { SHARE_POLICY_SCOPES, type SharePolicy } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import { ActionForm } from "@/components/action-form"
import { SelectField, TextareaField } from "@/components/choice-field"
import { EmptyState } from "@/components/empty-state"
import { Field } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable } from "@/components/responsive-table"
import { nationalMessages } from "@/i18n/national"
import { getT } from "@/i18n/server"
import { listLapas, listSharePolicies } from "@/lib/data/national"
import { requireSection } from "@/lib/data/session"
import { createSharePolicyAction } from "../actions"
import { NationalSubnav } from "../subnav"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(nationalMessages)
  return { title: t("policies.title") }
}

/** "3500" basis points → "35 %". */
function percent(bp: number): string {
  return `${(bp / 100).toLocaleString("id-ID", { maximumFractionDigits: 2 })} %`
}

/** Today in WIB as YYYY-MM-DD (the first day a new policy may start). */
function todayWib(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
}

export default async function SharePoliciesPage() {
  await requireSection("national")
  const t = await getT(nationalMessages)
  const [{ share_policies }, { lapas }] = await Promise.all([listSharePolicies(), listLapas()])
  const lapasName = new Map(lapas.map((l) => [l.id, l.name]))
  const scopeOf = (p: SharePolicy) =>
    p.scope === "all"
      ? t("policies.scope.all")
      : p.scope === "lapas"
        ? lapasName.get(p.lapas_id ?? "") ?? p.lapas_id
        : `${t("policies.scope.partner_agreement")} · ${lapasName.get(p.lapas_id ?? "") ?? ""}`
  return (
    <>
      <PageHeader title={t("policies.title")} description={t("policies.intro")} />
      <NationalSubnav current="/nasional/kebijakan" />
      <div className="stack">
        <ResponsiveTable<SharePolicy>
          caption={t("policies.title")}
          rows={share_policies}
          rowKey={(p) => p.id}
          empty={<EmptyState title={t("policies.empty")} />}
          columns={[
            { key: "scope", header: t("policies.scope"), primary: true, cell: scopeOf },
            { key: "from", header: t("policies.from"), cell: (p) => p.effective_from },
            { key: "capital", header: t("policies.capital"), align: "end", cell: (p) => percent(p.capital_bp) },
            { key: "premi", header: t("policies.premi"), align: "end", cell: (p) => percent(p.premi_bp) },
            { key: "pnbp", header: t("policies.pnbp"), align: "end", cell: (p) => percent(p.pnbp_bp) },
            { key: "note", header: t("policies.note"), cell: (p) => p.note ?? "—" },
          ]}
        />
        <section className="card" aria-labelledby="policy-title">
          <h2 id="policy-title" className="section-title">
            {t("policies.create")}
          </h2>
          <ActionForm action={createSharePolicyAction} submitLabel={t("policies.createSubmit")} pendingLabel={t("saving")} resetOnSuccess>
            <div className="form-grid">
              <SelectField label={t("policies.scope")} name="scope" options={SHARE_POLICY_SCOPES.map((s) => ({ value: s, label: t(`policies.scope.${s}`) }))} />
              <SelectField label={t("field.lapas")} name="lapas_id" options={[{ value: "", label: "—" }, ...lapas.map((l) => ({ value: l.id, label: l.name }))]} />
              <Field label={t("policies.agreement")} name="partner_agreement_id" />
              <Field label={t("policies.from")} name="effective_from" type="date" min={todayWib()} defaultValue={todayWib()} required />
              <Field label={t("policies.capital")} name="capital_bp" inputMode="numeric" hint={t("policies.bpHint")} required />
              <Field label={t("policies.premi")} name="premi_bp" inputMode="numeric" required />
              <Field label={t("policies.pnbp")} name="pnbp_bp" inputMode="numeric" required />
            </div>
            <TextareaField label={t("policies.note")} name="note" rows={2} />
          </ActionForm>
        </section>
      </div>
    </>
  )
}
