import type { AdminLapas, SharePolicy } from "@karya-binaan/contracts"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQueries, useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { SharePolicyDrawer } from "../../components/share-policy-form"
import { api, errorMessage, queryKeys } from "../../lib/api"
import { formatDate } from "../../lib/format"
import { AdminLink, lapasPath } from "../../lib/links"
import { messages } from "../../lib/messages"
import { errorStatus, moneyApi, moneyQueryKeys } from "../../lib/money-api"
import { formatBp, todayIn } from "../../lib/money-format"
import { moneyMessages } from "../../lib/money-messages"

const t = moneyMessages.sharePolicies

type AgreementName = { number: string; partner: string }

/** Newest rule first: by effective date, then by creation. */
const byEffectiveDesc = (a: SharePolicy, b: SharePolicy) =>
  b.effective_from.localeCompare(a.effective_from) || b.created_at.localeCompare(a.created_at)

function ScopeCell({
  policy,
  lapasNames,
  agreements,
}: {
  policy: SharePolicy
  lapasNames: Map<string, string>
  agreements: Map<string, AgreementName>
}) {
  const lapasName = policy.lapas_id ? lapasNames.get(policy.lapas_id) : undefined
  const lapasLink = policy.lapas_id ? (
    <AdminLink
      to={lapasPath(policy.lapas_id)}
      className="text-ui-fg-base hover:text-ui-fg-interactive txt-compact-small"
    >
      {lapasName ?? policy.lapas_id}
    </AdminLink>
  ) : null

  if (policy.scope === "all") {
    return (
      <Badge size="2xsmall" color="blue">
        {moneyMessages.labels.scope.all}
      </Badge>
    )
  }
  if (policy.scope === "lapas") {
    return lapasLink ?? <>{messages.common.empty}</>
  }
  const agreement = policy.partner_agreement_id
    ? agreements.get(policy.partner_agreement_id)
    : undefined
  return (
    <div className="flex flex-col">
      <Text size="small" leading="compact">
        {agreement ? t.agreementScope(agreement.number, agreement.partner) : t.unknownAgreement}
      </Text>
      {lapasLink ? <span className="txt-compact-xsmall text-ui-fg-subtle">{lapasLink}</span> : null}
    </div>
  )
}

function Note({ children, error = false }: { children: ReactNode; error?: boolean }) {
  return (
    <div className="px-6 py-4">
      <Text size="small" className={error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
        {children}
      </Text>
    </div>
  )
}

/** /app/share-policies: how each sale's profit is split, for national and finance users. */
const SharePoliciesPage = () => {
  const me = useQuery({ queryKey: queryKeys.me, queryFn: api.me })
  const role = me.data?.role
  const allowed = role === "national" || role === "finance"
  const isNational = role === "national"

  const policies = useQuery({
    queryKey: moneyQueryKeys.sharePolicies,
    queryFn: moneyApi.listSharePolicies,
    enabled: allowed,
  })
  const lapasList = useQuery({
    queryKey: queryKeys.lapasOptions,
    queryFn: api.listAllLapas,
    enabled: isNational,
  })

  const ownLapas: AdminLapas | null = !isNational ? (me.data?.lapas ?? null) : null
  const knownLapas: AdminLapas[] = isNational ? (lapasList.data ?? []) : ownLapas ? [ownLapas] : []
  const lapasNames = new Map(knownLapas.map((lapas) => [lapas.id, lapas.name]))

  // agreement numbers come from the lapas's partners
  const rows = [...(policies.data?.share_policies ?? [])].sort(byEffectiveDesc)
  const agreementLapasIds = [
    ...new Set(
      rows
        .filter((policy) => policy.scope === "partner_agreement" && policy.lapas_id)
        .map((policy) => policy.lapas_id as string)
    ),
  ]
  const details = useQueries({
    queries: agreementLapasIds.map((id) => ({
      queryKey: queryKeys.lapasDetail(id),
      queryFn: () => api.getLapas(id),
    })),
  })
  const agreements = new Map<string, AgreementName>()
  for (const detail of details) {
    for (const partner of detail.data?.lapas.partners ?? []) {
      for (const agreement of partner.agreements) {
        agreements.set(agreement.id, { number: agreement.number, partner: partner.name })
      }
    }
  }

  const status = policies.isError ? errorStatus(policies.error) : undefined
  const today = todayIn()
  const canCreate = allowed && (isNational || !!ownLapas)

  let body: ReactNode
  if (me.isLoading || (allowed && policies.isLoading)) {
    body = <Note>{messages.common.loading}</Note>
  } else if (me.isError) {
    body = <Note error>{errorMessage(me.error)}</Note>
  } else if (!allowed || status === 403) {
    body = <Note>{t.forbidden}</Note>
  } else if (policies.isError) {
    body = (
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(policies.error)}
        </Text>
        <Button size="small" variant="secondary" onClick={() => policies.refetch()}>
          {messages.common.retry}
        </Button>
      </div>
    )
  } else if (rows.length === 0) {
    body = <Note>{t.empty}</Note>
  } else {
    const c = t.columns
    body = (
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{c.scope}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{c.capital}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{c.premi}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{c.pnbp}</Table.HeaderCell>
              <Table.HeaderCell>{c.effectiveFrom}</Table.HeaderCell>
              <Table.HeaderCell>{c.note}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((policy) => (
              <Table.Row key={policy.id}>
                <Table.Cell>
                  <ScopeCell policy={policy} lapasNames={lapasNames} agreements={agreements} />
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatBp(policy.capital_bp)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatBp(policy.premi_bp)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatBp(policy.pnbp_bp)}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap items-center gap-2">
                    <span>{formatDate(policy.effective_from)}</span>
                    {policy.effective_from > today ? (
                      <Badge size="2xsmall" color="orange">
                        {t.upcoming}
                      </Badge>
                    ) : null}
                  </div>
                </Table.Cell>
                <Table.Cell className="max-w-[280px] whitespace-normal break-words">
                  {policy.note || messages.common.empty}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex max-w-2xl flex-col gap-y-1">
          <Heading level="h1">{t.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t.subtitle}
          </Text>
        </div>
        <div className="flex items-center gap-x-3">
          {policies.data ? (
            <Text size="small" className="text-ui-fg-muted">
              {t.count(policies.data.count)}
            </Text>
          ) : null}
          {canCreate && status !== 403 ? (
            <SharePolicyDrawer ownLapas={ownLapas} lapasOptions={knownLapas} />
          ) : null}
        </div>
      </div>
      {body}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: moneyMessages.nav.sharePolicies,
  icon: ReceiptPercent,
})

export default SharePoliciesPage
