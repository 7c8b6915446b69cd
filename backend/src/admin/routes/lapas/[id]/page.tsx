import type { AdminLapasDetail, AdminPartner, LapasStaffMember } from "@karya-binaan/contracts"
import { ArrowLeft } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { LapasProductsSection } from "../../../components/lapas-products-section"
import { PartnerForm } from "../../../components/partner-form"
import { SectionRow } from "../../../components/section-row"
import { StaffForm } from "../../../components/staff-form"
import { api, errorMessage, queryKeys } from "../../../lib/api"
import { formatDate, formatRupiah } from "../../../lib/format"
import { AdminLink } from "../../../lib/links"
import { messages } from "../../../lib/messages"
import { useQuery } from "@tanstack/react-query"

const t = messages.detail
const labels = messages.labels

function useLapasId(): string | null {
  return useParams().id ?? null
}

function ProfileSection({ lapas }: { lapas: AdminLapasDetail }) {
  const f = t.fields
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t.profile}</Heading>
      </div>
      <SectionRow label={f.name} value={lapas.name} />
      <SectionRow label={f.handle} value={lapas.handle} />
      <SectionRow label={f.class} value={labels.lapasClass[lapas.lapas_class] ?? lapas.lapas_class} />
      <SectionRow label={f.city} value={lapas.city} />
      <SectionRow label={f.province} value={lapas.province} />
      <SectionRow
        label={f.timeZone}
        value={`${labels.timeZone[lapas.time_zone] ?? lapas.time_zone} (${lapas.time_zone})`}
      />
      <SectionRow label={f.satkerCode} value={lapas.satker_code} />
      <SectionRow label={f.pnbpTarget} value={formatRupiah(lapas.pnbp_target_yearly)} />
      <SectionRow label={f.address} value={lapas.address} />
      <SectionRow
        label={f.contactEmail}
        value={
          lapas.contact_email ? (
            <a
              href={`mailto:${lapas.contact_email}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            >
              {lapas.contact_email}
            </a>
          ) : null
        }
      />
      <SectionRow label={f.contactPhone} value={lapas.contact_phone} />
      <SectionRow
        label={f.logo}
        value={
          lapas.logo_url ? (
            <img
              src={lapas.logo_url}
              alt={lapas.name}
              className="h-12 w-12 rounded object-contain"
            />
          ) : null
        }
      />
      <SectionRow
        label={f.status}
        value={
          <Badge size="2xsmall" color={lapas.is_active ? "green" : "grey"}>
            {lapas.is_active ? t.active : t.inactive}
          </Badge>
        }
      />
      <SectionRow label={f.story} value={lapas.story} />
    </Container>
  )
}

const staffName = (s: LapasStaffMember) =>
  [s.first_name, s.last_name].filter(Boolean).join(" ") || messages.common.empty

function StaffSection({ staff }: { staff: LapasStaffMember[] }) {
  const s = t.staff
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{s.title}</Heading>
      </div>
      {staff.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {s.empty}
          </Text>
        </div>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{s.name}</Table.HeaderCell>
              <Table.HeaderCell>{s.email}</Table.HeaderCell>
              <Table.HeaderCell>{s.role}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {staff.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{staffName(member)}</Table.Cell>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={member.role === "finance" ? "purple" : "blue"}>
                    {labels.staffRole[member.role] ?? member.role}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

const activityLabel = (a: string) =>
  (labels.activity as Record<string, string>)[a] ?? a

function PartnerCard({ partner }: { partner: AdminPartner }) {
  const p = t.partners
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap items-center gap-2">
        <Text size="base" weight="plus">
          {partner.name}
        </Text>
        <Badge size="2xsmall" color="grey">
          {labels.partnerKind[partner.kind] ?? partner.kind}
        </Badge>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {p.contact}: {partner.contact || messages.common.empty}
      </Text>
      {partner.agreements.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {p.noAgreements}
        </Text>
      ) : (
        <div className="overflow-x-auto rounded-md border">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{p.number}</Table.HeaderCell>
                <Table.HeaderCell>{p.period}</Table.HeaderCell>
                <Table.HeaderCell>{p.activities}</Table.HeaderCell>
                <Table.HeaderCell>{p.term}</Table.HeaderCell>
                <Table.HeaderCell>{p.status}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {partner.agreements.map((agreement) => (
                <Table.Row key={agreement.id}>
                  <Table.Cell>{agreement.number}</Table.Cell>
                  <Table.Cell>
                    {formatDate(agreement.starts_on)} – {formatDate(agreement.ends_on)}
                  </Table.Cell>
                  <Table.Cell>
                    {agreement.activities.map(activityLabel).join(", ") ||
                      messages.common.empty}
                  </Table.Cell>
                  <Table.Cell>{labels.term[agreement.term] ?? agreement.term}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={agreement.expired ? "red" : "green"}>
                      {agreement.expired ? p.expired : p.active}
                    </Badge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  )
}

function PartnersSection({ partners }: { partners: AdminPartner[] }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t.partners.title}</Heading>
      </div>
      {partners.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t.partners.empty}
          </Text>
        </div>
      ) : (
        partners.map((partner) => <PartnerCard key={partner.id} partner={partner} />)
      )}
    </Container>
  )
}

/** /app/lapas/:id */
const LapasDetailPage = () => {
  const id = useLapasId()

  const detail = useQuery({
    queryKey: queryKeys.lapasDetail(id ?? ""),
    queryFn: () => api.getLapas(id ?? ""),
    enabled: !!id,
  })
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })

  const lapas = detail.data?.lapas
  const isNational = me.data?.role === "national"
  // finance reads the profile; only national users and the lapas's staff add partners (admin-guard)
  const canAddPartner = isNational || me.data?.role === "lapas_staff"

  return (
    <div className="flex flex-col gap-y-3">
      <div>
        <AdminLink
          to="/lapas"
          className="text-ui-fg-subtle hover:text-ui-fg-base txt-compact-small-plus inline-flex items-center gap-x-1"
        >
          <ArrowLeft />
          {messages.common.back}
        </AdminLink>
      </div>

      {!id ? (
        <Container>
          <Text size="small">{t.notFound}</Text>
        </Container>
      ) : detail.isLoading ? (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            {messages.common.loading}
          </Text>
        </Container>
      ) : detail.isError || !lapas ? (
        <Container className="flex items-center justify-between gap-x-4">
          <Text size="small" className="text-ui-fg-error">
            {detail.isError ? errorMessage(detail.error) : t.notFound}
          </Text>
          <Button size="small" variant="secondary" onClick={() => detail.refetch()}>
            {messages.common.retry}
          </Button>
        </Container>
      ) : (
        <>
          <Container className="flex flex-wrap items-center gap-3 px-6 py-4">
            <Heading level="h1">{lapas.name}</Heading>
            <Badge size="2xsmall" color="blue">
              {labels.lapasClass[lapas.lapas_class] ?? lapas.lapas_class}
            </Badge>
            <Badge size="2xsmall" color={lapas.is_active ? "green" : "grey"}>
              {lapas.is_active ? t.active : t.inactive}
            </Badge>
            <Text size="small" className="text-ui-fg-subtle">
              {lapas.city}, {lapas.province} ·{" "}
              {labels.timeZone[lapas.time_zone] ?? lapas.time_zone}
            </Text>
          </Container>

          <ProfileSection lapas={lapas} />
          <LapasProductsSection lapasId={lapas.id} />
          <StaffSection staff={lapas.staff ?? []} />
          <PartnersSection partners={lapas.partners ?? []} />
          {canAddPartner ? <PartnerForm lapasId={lapas.id} /> : null}
          {isNational ? <StaffForm lapasId={lapas.id} /> : null}
        </>
      )}
    </div>
  )
}

export default LapasDetailPage
