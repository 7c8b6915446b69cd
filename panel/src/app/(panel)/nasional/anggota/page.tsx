import { MEMBER_ROLES, MEMBER_STATUSES, type ManagedMember, type MemberRole, type MemberStatus } from "@karya-binaan/contracts"
import type { Metadata } from "next"
import { ActionForm } from "@/components/action-form"
import { Badge, type Tone } from "@/components/badge"
import { SelectField } from "@/components/choice-field"
import { DateTime } from "@/components/date-time"
import { EmptyState } from "@/components/empty-state"
import { Field } from "@/components/field"
import { PageHeader } from "@/components/page-header"
import { ResponsiveTable } from "@/components/responsive-table"
import { nationalMessages } from "@/i18n/national"
import { getLocale, getT } from "@/i18n/server"
import { listLapas, listMembers } from "@/lib/data/national"
import { requireSection } from "@/lib/data/session"
import { changeMemberAction, inviteMemberAction, memberCommandAction } from "../actions"
import { NationalSubnav } from "../subnav"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(nationalMessages)
  return { title: t("members.title") }
}

const STATUS_TONES: Record<MemberStatus, Tone> = { invited: "warning", active: "success", deactivated: "neutral" }

type Search = { lapas?: string; peran?: string; status?: string; q?: string }

/** Members and invitations: filter, invite, resend, deactivate and reactivate, change role or lapas. */
export default async function MembersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const member = await requireSection("national")
  const t = await getT(nationalMessages)
  const locale = await getLocale()
  const search = await searchParams
  const role = (MEMBER_ROLES as readonly string[]).includes(search.peran ?? "") ? (search.peran as MemberRole) : undefined
  const status = (MEMBER_STATUSES as readonly string[]).includes(search.status ?? "") ? (search.status as MemberStatus) : undefined
  const [{ lapas }, { members }] = await Promise.all([
    listLapas(),
    listMembers({ lapas_id: search.lapas || undefined, role, status, q: search.q || undefined }),
  ])
  const lapasOptions = lapas.map((l) => ({ value: l.id, label: l.name }))
  const roleOptions = MEMBER_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))

  return (
    <>
      <PageHeader title={t("members.title")} description={t("description")} />
      <NationalSubnav current="/nasional/anggota" />
      <div className="stack">
        <section className="card" aria-labelledby="invite-title">
          <h2 id="invite-title" className="section-title">
            {t("members.invite")}
          </h2>
          <p className="muted">{t("members.inviteHint")}</p>
          <ActionForm action={inviteMemberAction} submitLabel={t("members.inviteSubmit")} pendingLabel={t("sending")} testId="invite-form" resetOnSuccess>
            <div className="form-grid">
              <Field label={t("members.name")} name="name" required autoComplete="off" />
              <Field label={t("field.email")} name="email" type="email" inputMode="email" required autoComplete="off" />
              <SelectField label={t("field.role")} name="role" options={roleOptions} defaultValue="lapas_staff" />
              <SelectField label={t("field.lapas")} name="lapas_id" options={[{ value: "", label: t("field.noLapas") }, ...lapasOptions]} />
            </div>
          </ActionForm>
        </section>

        <section aria-labelledby="members-title">
          <h2 id="members-title" className="section-title">
            {t("members.title")}
          </h2>
          <form className="form-grid" method="get" role="search">
            <Field label={t("members.name")} name="q" defaultValue={search.q ?? ""} />
            <SelectField label={t("field.lapas")} name="lapas" defaultValue={search.lapas ?? ""} options={[{ value: "", label: t("field.allLapas") }, ...lapasOptions]} />
            <SelectField label={t("field.role")} name="peran" defaultValue={role ?? ""} options={[{ value: "", label: t("field.allRoles") }, ...roleOptions]} />
            <SelectField
              label={t("field.status")}
              name="status"
              defaultValue={status ?? ""}
              options={[{ value: "", label: t("field.allStatuses") }, ...MEMBER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            />
            <div className="field">
              <button type="submit" className="button button--secondary">
                {t("members.filter")}
              </button>
            </div>
          </form>
          <ResponsiveTable<ManagedMember>
            caption={t("members.title")}
            rows={members}
            rowKey={(m) => m.id}
            empty={<EmptyState title={t("members.empty")} />}
            columns={[
              {
                key: "name",
                header: t("members.name"),
                primary: true,
                cell: (m) => (
                  <>
                    <strong>{m.name}</strong>
                    <br />
                    <span className="muted">{m.email}</span>
                  </>
                ),
              },
              { key: "role", header: t("field.role"), cell: (m) => t(`role.${m.role}`) },
              { key: "lapas", header: t("field.lapas"), cell: (m) => m.lapas?.name ?? "—" },
              {
                key: "status",
                header: t("field.status"),
                cell: (m) => (
                  <>
                    <Badge tone={STATUS_TONES[m.status]}>{t(`status.${m.status}`)}</Badge>
                    {m.status === "invited" && m.invite_expires_at ? (
                      <>
                        <br />
                        <span className="muted">
                          {t("members.inviteExpires")} <DateTime value={m.invite_expires_at} locale={locale} />
                        </span>
                      </>
                    ) : null}
                  </>
                ),
              },
              {
                key: "actions",
                header: t("members.actions"),
                cell: (m) =>
                  m.id === member.id ? (
                    "—"
                  ) : (
                    <div className="stack" style={{ gap: "0.5rem" }}>
                      {m.status === "invited" ? (
                        <ActionForm inline variant="secondary" action={memberCommandAction.bind(null, m.id, "invite")} submitLabel={t("members.resend")} pendingLabel={t("sending")} />
                      ) : null}
                      {m.status === "deactivated" ? (
                        <ActionForm inline variant="secondary" action={memberCommandAction.bind(null, m.id, "reactivate")} submitLabel={t("members.reactivate")} pendingLabel={t("saving")} />
                      ) : (
                        <ActionForm inline variant="danger" action={memberCommandAction.bind(null, m.id, "deactivate")} submitLabel={t("members.deactivate")} pendingLabel={t("saving")} />
                      )}
                      <details className="disclosure">
                        <summary>{t("members.change")}</summary>
                        <ActionForm action={changeMemberAction.bind(null, m.id)} submitLabel={t("members.change")} pendingLabel={t("saving")}>
                          <SelectField id={`role-${m.id}`} label={t("field.role")} name="role" options={roleOptions} defaultValue={m.role} />
                          <SelectField
                            id={`lapas-${m.id}`}
                            label={t("field.lapas")}
                            name="lapas_id"
                            options={[{ value: "", label: t("field.noLapas") }, ...lapasOptions]}
                            defaultValue={m.lapas?.id ?? ""}
                          />
                        </ActionForm>
                      </details>
                    </div>
                  ),
              },
            ]}
          />
        </section>
      </div>
    </>
  )
}
