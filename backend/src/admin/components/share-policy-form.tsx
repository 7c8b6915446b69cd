import type { AdminLapas, CreateSharePolicyBody, SharePolicyScope } from "@karya-binaan/contracts"
import {
  Alert,
  Button,
  Drawer,
  Input,
  RadioGroup,
  Select,
  Text,
  Textarea,
  clx,
  toast,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { api, errorMessage, queryKeys } from "../lib/api"
import { messages } from "../lib/messages"
import { moneyApi, moneyQueryKeys } from "../lib/money-api"
import { FULL_BP, formatBp, percentTextToBp, todayIn } from "../lib/money-format"
import { moneyMessages } from "../lib/money-messages"
import { Field } from "./field"

const t = moneyMessages.sharePolicyForm
const FORM_ID = "karya-binaan-share-policy-form"
const PERCENTS = ["capital", "premi", "pnbp"] as const
type PercentKey = (typeof PERCENTS)[number]

type FormState = {
  scope: SharePolicyScope
  lapas_id: string
  partner_agreement_id: string
  capital: string
  premi: string
  pnbp: string
  effective_from: string
  note: string
}

type Errors = Partial<Record<keyof FormState | "sum", string>>

/** The Ditjenpas default split (DOMAIN.md): capital 50, premi 35, PNBP 15. */
const emptyForm = (scope: SharePolicyScope, lapasId: string): FormState => ({
  scope,
  lapas_id: lapasId,
  partner_agreement_id: "",
  capital: "50",
  premi: "35",
  pnbp: "15",
  effective_from: todayIn(),
  note: "",
})

/** Sum of the three percents in bp, or null while one of them is not a valid percent. */
function sumBp(form: FormState): number | null {
  let sum = 0
  for (const key of PERCENTS) {
    const bp = percentTextToBp(form[key])
    if (bp === null) {
      return null
    }
    sum += bp
  }
  return sum
}

/** Client-side checks; the server validates again (and its 400 message is shown). */
function validate(form: FormState): Errors {
  const errors: Errors = {}
  if (form.scope !== "all" && !form.lapas_id) errors.lapas_id = t.errors.lapasRequired
  if (form.scope === "partner_agreement" && !form.partner_agreement_id) {
    errors.partner_agreement_id = t.errors.agreementRequired
  }
  for (const key of PERCENTS) {
    if (percentTextToBp(form[key]) === null) errors[key] = t.errors.percentInvalid
  }
  const sum = sumBp(form)
  if (sum !== null && sum !== FULL_BP) errors.sum = t.errors.sumNot100
  if (!form.effective_from) {
    errors.effective_from = t.errors.effectiveFromRequired
  } else if (form.effective_from < todayIn()) {
    // both "YYYY-MM-DD": string order is date order
    errors.effective_from = t.errors.effectiveFromPast
  }
  return errors
}

/** Agreements of the chosen lapas's partners, for the agreement scope. */
function AgreementSelect({
  lapasId,
  value,
  onChange,
  error,
}: {
  lapasId: string
  value: string
  onChange: (id: string) => void
  error?: string
}) {
  const detail = useQuery({
    queryKey: queryKeys.lapasDetail(lapasId),
    queryFn: () => api.getLapas(lapasId),
    enabled: !!lapasId,
  })
  const agreements = (detail.data?.lapas.partners ?? []).flatMap((partner) =>
    partner.agreements.map((agreement) => ({ agreement, partner }))
  )

  return (
    <Field id="policy-agreement" label={t.agreement} error={error}>
      {detail.isError ? (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(detail.error)}
        </Text>
      ) : detail.isSuccess && agreements.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t.noAgreements}
        </Text>
      ) : (
        <Select value={value} onValueChange={onChange} disabled={!lapasId || detail.isLoading}>
          <Select.Trigger id="policy-agreement" aria-invalid={!!error}>
            <Select.Value placeholder={detail.isLoading ? messages.common.loading : t.agreementPlaceholder} />
          </Select.Trigger>
          <Select.Content>
            {agreements.map(({ agreement, partner }) => (
              <Select.Item key={agreement.id} value={agreement.id}>
                {t.agreementOption(agreement.number, partner.name, agreement.expired)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      )}
    </Field>
  )
}

/**
 * "Tambah kebijakan": a drawer with the share-policy form. National users
 * choose any scope; finance staff of a lapas (`ownLapas`) only their own lapas
 * or its partner agreements.
 */
export function SharePolicyDrawer({
  ownLapas,
  lapasOptions,
}: {
  /** Set for finance staff: the scope is limited to this lapas. */
  ownLapas: AdminLapas | null
  /** Lapas a national user can choose from. */
  lapasOptions: AdminLapas[]
}) {
  const scopes: SharePolicyScope[] = ownLapas
    ? ["lapas", "partner_agreement"]
    : ["all", "lapas", "partner_agreement"]
  const initial = () => emptyForm(scopes[0], ownLapas?.id ?? "")

  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<FormState>(initial)
  const [errors, setErrors] = useState<Errors>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const queryClient = useQueryClient()

  const reset = () => {
    setForm(initial())
    setErrors({})
    setServerError(null)
  }

  const { mutate, isPending } = useMutation({
    mutationFn: (body: CreateSharePolicyBody) => moneyApi.createSharePolicy(body),
    onSuccess: () => {
      toast.success(t.success)
      void queryClient.invalidateQueries({ queryKey: moneyQueryKeys.sharePolicies })
      setOpen(false)
      reset()
    },
    onError: (error) => setServerError(errorMessage(error)),
  })

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((prev) => ({ ...prev, [key]: value }))
    // an edited field's old error (and the sum's, for a percent) no longer applies
    setErrors((prev) => {
      const stale: (keyof Errors)[] = [key, ...((PERCENTS as readonly string[]).includes(key) ? (["sum"] as const) : [])]
      if (!stale.some((k) => k in prev)) return prev
      const next = { ...prev }
      for (const k of stale) delete next[k]
      return next
    })
  }

  const sum = sumBp(form)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setServerError(null)
    const found = validate(form)
    setErrors(found)
    const [capital_bp, premi_bp, pnbp_bp] = PERCENTS.map((key) => percentTextToBp(form[key]))
    if (
      Object.keys(found).length > 0 ||
      capital_bp === null ||
      premi_bp === null ||
      pnbp_bp === null
    ) {
      return
    }
    const note = form.note.trim()
    mutate({
      scope: form.scope,
      ...(form.scope === "lapas" ? { lapas_id: form.lapas_id } : {}),
      ...(form.scope === "partner_agreement"
        ? { partner_agreement_id: form.partner_agreement_id }
        : {}),
      capital_bp,
      premi_bp,
      pnbp_bp,
      effective_from: form.effective_from,
      ...(note ? { note } : {}),
    })
  }

  const percentLabel: Record<PercentKey, string> = {
    capital: t.capital,
    premi: t.premi,
    pnbp: t.pnbp,
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next && !isPending) {
          reset()
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {moneyMessages.sharePolicies.add}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t.title}</Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-small">
            {t.description}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <form id={FORM_ID} onSubmit={onSubmit} noValidate className="flex flex-col gap-y-4">
            <Field label={t.scope}>
              <RadioGroup
                value={form.scope}
                onValueChange={(value) =>
                  setForm((prev) => ({
                    ...prev,
                    scope: value as SharePolicyScope,
                    partner_agreement_id: "",
                  }))
                }
                className="flex flex-col gap-y-2"
              >
                {scopes.map((scope) => (
                  <RadioGroup.ChoiceBox
                    key={scope}
                    value={scope}
                    label={moneyMessages.labels.scope[scope]}
                    description={t.scopeHints[scope]}
                  />
                ))}
              </RadioGroup>
            </Field>

            {form.scope !== "all" ? (
              ownLapas ? (
                <Field label={t.lapas}>
                  <Text size="small" weight="plus">
                    {ownLapas.name}
                  </Text>
                </Field>
              ) : (
                <Field id="policy-lapas" label={t.lapas} error={errors.lapas_id}>
                  <Select
                    value={form.lapas_id}
                    onValueChange={(value) =>
                      setForm((prev) => ({ ...prev, lapas_id: value, partner_agreement_id: "" }))
                    }
                  >
                    <Select.Trigger id="policy-lapas" aria-invalid={!!errors.lapas_id}>
                      <Select.Value placeholder={t.lapasPlaceholder} />
                    </Select.Trigger>
                    <Select.Content>
                      {lapasOptions.map((lapas) => (
                        <Select.Item key={lapas.id} value={lapas.id}>
                          {lapas.name}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
              )
            ) : null}

            {form.scope === "partner_agreement" && form.lapas_id ? (
              <AgreementSelect
                lapasId={form.lapas_id}
                value={form.partner_agreement_id}
                onChange={(id) => set("partner_agreement_id", id)}
                error={errors.partner_agreement_id}
              />
            ) : null}

            <div className="flex flex-col gap-y-2">
              <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
                {PERCENTS.map((key) => (
                  <Field key={key} id={`policy-${key}`} label={percentLabel[key]} error={errors[key]}>
                    <Input
                      id={`policy-${key}`}
                      inputMode="decimal"
                      value={form[key]}
                      onChange={(e) => set(key, e.target.value)}
                      aria-invalid={!!errors[key]}
                    />
                  </Field>
                ))}
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t.percentHint}
              </Text>
              <Text
                size="small"
                weight="plus"
                className={clx(sum === FULL_BP ? "text-ui-fg-base" : "text-ui-fg-error")}
                aria-live="polite"
              >
                {t.sum(sum === null ? messages.common.empty : formatBp(sum))}
              </Text>
              {errors.sum ? (
                <Text size="xsmall" className="text-ui-fg-error">
                  {errors.sum}
                </Text>
              ) : null}
            </div>

            <Field
              id="policy-effective-from"
              label={t.effectiveFrom}
              hint={t.effectiveFromHint}
              error={errors.effective_from}
            >
              <Input
                id="policy-effective-from"
                type="date"
                min={todayIn()}
                value={form.effective_from}
                onChange={(e) => set("effective_from", e.target.value)}
                aria-invalid={!!errors.effective_from}
              />
            </Field>

            <Field id="policy-note" label={t.note} optional>
              <Textarea
                id="policy-note"
                rows={3}
                placeholder={t.notePlaceholder}
                value={form.note}
                onChange={(e) => set("note", e.target.value)}
              />
            </Field>

            {serverError ? <Alert variant="error">{serverError}</Alert> : null}
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button" disabled={isPending}>
              {messages.common.cancel}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form={FORM_ID} isLoading={isPending}>
            {t.submit}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
