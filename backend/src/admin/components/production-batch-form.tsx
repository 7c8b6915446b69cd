import type { AdminInmate, CreateProductionBatchBody } from "@karya-binaan/contracts"
import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Input,
  Label,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState, type FormEvent } from "react"
import { errorMessage } from "../lib/api"
import { formatRupiah } from "../lib/format"
import { messages } from "../lib/messages"
import { dashboardStockQueryKeys, moneyApi, moneyQueryKeys } from "../lib/money-api"
import { parseRupiahInput, todayIn } from "../lib/money-format"
import { moneyMessages } from "../lib/money-messages"
import { Field, FieldError } from "./field"

const t = moneyMessages.batchForm
const FORM_ID = "karya-binaan-production-batch-form"
/** Show a filter above the makers once the list gets long. */
const MAKER_FILTER_FROM = 8

export type BatchVariantOption = { id: string; label: string }

type FormState = {
  variant_id: string
  quantity: string
  unit_cost: string
  produced_on: string
  notes: string
  /** inmate id → work units as typed */
  makers: Record<string, string>
}

type Errors = Partial<Record<"variant_id" | "quantity" | "unit_cost" | "produced_on" | "makers", string>>

const emptyForm = (variantId: string, timeZone: string): FormState => ({
  variant_id: variantId,
  quantity: "",
  unit_cost: "",
  produced_on: todayIn(timeZone),
  notes: "",
  makers: {},
})

const positiveInt = (text: string): number | null => {
  if (!/^\d+$/.test(text.trim())) {
    return null
  }
  const value = Number.parseInt(text.trim(), 10)
  return value > 0 && Number.isSafeInteger(value) ? value : null
}

/** Client-side checks; the server validates again (and its 400 message is shown). */
function validate(form: FormState, timeZone: string): Errors {
  const errors: Errors = {}
  if (!form.variant_id) errors.variant_id = t.errors.variantRequired
  if (positiveInt(form.quantity) === null) errors.quantity = t.errors.quantityInvalid
  if (parseRupiahInput(form.unit_cost) === null) errors.unit_cost = t.errors.unitCostInvalid
  if (!form.produced_on) {
    errors.produced_on = t.errors.producedOnRequired
  } else if (form.produced_on > todayIn(timeZone)) {
    // both "YYYY-MM-DD": string order is date order
    errors.produced_on = t.errors.producedOnFuture
  }
  // the API refuses a batch without makers
  if (Object.keys(form.makers).length === 0) {
    errors.makers = t.errors.makersRequired
  } else if (Object.values(form.makers).some((units) => positiveInt(units) === null)) {
    errors.makers = t.errors.workUnitsInvalid
  }
  return errors
}

const inmateLabel = (inmate: AdminInmate) =>
  inmate.display_name ? `${inmate.code} · ${inmate.display_name}` : inmate.code

function MakersPicker({
  lapasId,
  value,
  onChange,
  error,
}: {
  lapasId: string
  value: Record<string, string>
  onChange: (next: Record<string, string>) => void
  error?: string
}) {
  const [filter, setFilter] = useState("")
  const inmates = useQuery({
    queryKey: moneyQueryKeys.activeInmates(lapasId),
    queryFn: () => moneyApi.listActiveInmates(lapasId),
  })

  // national users get every lapas's inmates: keep the product's lapas only
  const ofLapas = useMemo(
    () =>
      (inmates.data ?? [])
        .filter((inmate) => inmate.lapas_id === lapasId && inmate.status === "active")
        .sort((a, b) => a.code.localeCompare(b.code)),
    [inmates.data, lapasId]
  )
  const needle = filter.trim().toLowerCase()
  const shown = needle
    ? ofLapas.filter((inmate) => inmateLabel(inmate).toLowerCase().includes(needle))
    : ofLapas
  const selected = Object.keys(value).length

  const toggle = (id: string, on: boolean) => {
    const next = { ...value }
    if (on) {
      next[id] = next[id] ?? "1"
    } else {
      delete next[id]
    }
    onChange(next)
  }

  return (
    <fieldset className="flex flex-col gap-y-2">
      <legend className="mb-2 flex w-full items-center justify-between gap-x-2">
        <Label size="small" weight="plus">
          {t.makers}
        </Label>
        {selected > 0 ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t.makersSelected(selected)}
          </Text>
        ) : null}
      </legend>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t.makersHint}
      </Text>
      {inmates.isLoading ? (
        <Text size="small" className="text-ui-fg-subtle">
          {messages.common.loading}
        </Text>
      ) : inmates.isError ? (
        <div className="flex items-center justify-between gap-x-4">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(inmates.error)}
          </Text>
          <Button type="button" size="small" variant="secondary" onClick={() => inmates.refetch()}>
            {messages.common.retry}
          </Button>
        </div>
      ) : ofLapas.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t.makersEmpty}
        </Text>
      ) : (
        <>
          {ofLapas.length >= MAKER_FILTER_FROM ? (
            <Input
              type="search"
              size="small"
              value={filter}
              placeholder={t.makers}
              aria-label={t.makers}
              onChange={(event) => setFilter(event.target.value)}
            />
          ) : null}
          <ul className="flex max-h-72 flex-col gap-y-1 overflow-y-auto rounded-md border p-2">
            {shown.map((inmate) => {
              const checked = inmate.id in value
              const checkboxId = `batch-maker-${inmate.id}`
              return (
                <li key={inmate.id} className="flex items-center justify-between gap-x-3 py-1">
                  <div className="flex min-w-0 items-center gap-x-2">
                    <Checkbox
                      id={checkboxId}
                      checked={checked}
                      onCheckedChange={(state) => toggle(inmate.id, state === true)}
                    />
                    <Label htmlFor={checkboxId} size="small" className="truncate">
                      {inmateLabel(inmate)}
                    </Label>
                  </div>
                  {checked ? (
                    <Input
                      size="small"
                      inputMode="numeric"
                      className="w-24"
                      aria-label={`${t.workUnits} ${inmate.code}`}
                      placeholder={t.workUnits}
                      value={value[inmate.id]}
                      onChange={(event) => onChange({ ...value, [inmate.id]: event.target.value })}
                      aria-invalid={positiveInt(value[inmate.id] ?? "") === null}
                    />
                  ) : null}
                </li>
              )
            })}
          </ul>
        </>
      )}
      <FieldError message={error} />
    </fieldset>
  )
}

/**
 * "Catat batch produksi": a drawer with the batch form. Recording a batch
 * raises the variant's stock at the lapas and recomputes its HPP, so the
 * product's cost and the dashboard's stock queries are refetched.
 */
export function ProductionBatchDrawer({
  productId,
  lapasId,
  timeZone = "Asia/Jakarta",
  variants,
  defaultVariantId,
}: {
  productId: string
  lapasId: string
  /** The lapas's time zone: "today" for the production date is its day. */
  timeZone?: string
  variants: BatchVariantOption[]
  defaultVariantId?: string
}) {
  const initialVariant = defaultVariantId ?? (variants.length === 1 ? variants[0].id : "")
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<FormState>(() => emptyForm(initialVariant, timeZone))
  const [errors, setErrors] = useState<Errors>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const queryClient = useQueryClient()

  const reset = () => {
    setForm(emptyForm(initialVariant, timeZone))
    setErrors({})
    setServerError(null)
  }

  const { mutate, isPending } = useMutation({
    mutationFn: (body: CreateProductionBatchBody) => moneyApi.createProductionBatch(body),
    onSuccess: () => {
      toast.success(t.success)
      void queryClient.invalidateQueries({ queryKey: moneyQueryKeys.productionCosts(productId) })
      for (const queryKey of dashboardStockQueryKeys) {
        void queryClient.invalidateQueries({ queryKey: [...queryKey] })
      }
      setOpen(false)
      reset()
    },
    onError: (error) => setServerError(errorMessage(error)),
  })

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((prev) => ({ ...prev, [key]: value }))
    // an edited field's old error no longer applies; the next submit checks again
    setErrors((prev) => {
      if (!(key in prev)) return prev
      const next = { ...prev }
      delete next[key as keyof Errors]
      return next
    })
  }

  const unitCost = parseRupiahInput(form.unit_cost)
  const quantity = positiveInt(form.quantity)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setServerError(null)
    const found = validate(form, timeZone)
    setErrors(found)
    if (Object.keys(found).length > 0 || unitCost === null || quantity === null) {
      return
    }
    const notes = form.notes.trim()
    mutate({
      variant_id: form.variant_id,
      quantity,
      unit_cost: unitCost,
      produced_on: form.produced_on,
      makers: Object.entries(form.makers).map(([inmate_id, units]) => ({
        inmate_id,
        work_units: positiveInt(units) ?? 0,
      })),
      ...(notes ? { notes } : {}),
    })
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
          {moneyMessages.productionCosts.record}
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
            <Field id="batch-variant" label={t.variant} error={errors.variant_id}>
              <Select value={form.variant_id} onValueChange={(value) => set("variant_id", value)}>
                <Select.Trigger id="batch-variant" aria-invalid={!!errors.variant_id}>
                  <Select.Value placeholder={t.variantPlaceholder} />
                </Select.Trigger>
                <Select.Content>
                  {variants.map((variant) => (
                    <Select.Item key={variant.id} value={variant.id}>
                      {variant.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>

            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <Field id="batch-quantity" label={t.quantity} error={errors.quantity}>
                <Input
                  id="batch-quantity"
                  type="number"
                  min={1}
                  step={1}
                  inputMode="numeric"
                  value={form.quantity}
                  onChange={(e) => set("quantity", e.target.value)}
                  aria-invalid={!!errors.quantity}
                />
              </Field>
              <Field id="batch-produced-on" label={t.producedOn} error={errors.produced_on}>
                <Input
                  id="batch-produced-on"
                  type="date"
                  max={todayIn(timeZone)}
                  value={form.produced_on}
                  onChange={(e) => set("produced_on", e.target.value)}
                  aria-invalid={!!errors.produced_on}
                />
              </Field>
            </div>

            <Field
              id="batch-unit-cost"
              label={t.unitCost}
              hint={
                unitCost !== null && quantity !== null
                  ? t.total(formatRupiah(unitCost * quantity))
                  : t.unitCostHint
              }
              error={errors.unit_cost}
            >
              <Input
                id="batch-unit-cost"
                inputMode="numeric"
                placeholder="12.500"
                value={form.unit_cost}
                onChange={(e) => set("unit_cost", e.target.value)}
                aria-invalid={!!errors.unit_cost}
              />
            </Field>

            <MakersPicker
              lapasId={lapasId}
              value={form.makers}
              onChange={(makers) => set("makers", makers)}
              error={errors.makers}
            />

            <Field id="batch-notes" label={t.notes} optional>
              <Textarea
                id="batch-notes"
                rows={3}
                value={form.notes}
                onChange={(e) => set("notes", e.target.value)}
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
