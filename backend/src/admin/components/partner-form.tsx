import type { CreatePartnerBody, PartnerActivity, PartnerKind } from "@karya-binaan/contracts"
import {
  Alert,
  Button,
  Checkbox,
  Container,
  Heading,
  Input,
  Label,
  Select,
  Text,
  toast,
} from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { api, errorMessage, queryKeys } from "../lib/api"
import { messages } from "../lib/messages"
import { useMutation, useQueryClient } from "@tanstack/react-query"

const t = messages.partnerForm
const KINDS = Object.keys(messages.labels.partnerKind) as PartnerKind[]
const ACTIVITIES = Object.keys(messages.labels.activity) as PartnerActivity[]

type FormState = {
  name: string
  kind: PartnerKind | ""
  contact: string
  number: string
  starts_on: string
  ends_on: string
  activities: PartnerActivity[]
}

const EMPTY: FormState = {
  name: "",
  kind: "",
  contact: "",
  number: "",
  starts_on: "",
  ends_on: "",
  activities: [],
}

type Errors = Partial<Record<keyof FormState, string>>

/** Client-side checks; the server validates again. */
export function validatePartner(form: FormState): Errors {
  const errors: Errors = {}
  if (!form.name.trim()) errors.name = t.errors.nameRequired
  if (!form.kind) errors.kind = t.errors.kindRequired
  if (!form.number.trim()) errors.number = t.errors.numberRequired
  if (!form.starts_on || !form.ends_on) {
    errors.ends_on = t.errors.datesRequired
  } else if (form.ends_on <= form.starts_on) {
    // both are "YYYY-MM-DD", so string order is date order
    errors.ends_on = t.errors.endBeforeStart
  }
  if (form.activities.length === 0) errors.activities = t.errors.activitiesRequired
  return errors
}

function FieldError({ message }: { message?: string }) {
  return message ? (
    <Text size="xsmall" className="text-ui-fg-error">
      {message}
    </Text>
  ) : null
}

export function PartnerForm({ lapasId }: { lapasId: string }) {
  const [form, setForm] = useState<FormState>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const queryClient = useQueryClient()

  const { mutate, isPending } = useMutation({
    mutationFn: (body: CreatePartnerBody) => api.createPartner(lapasId, body),
    onSuccess: () => {
      toast.success(t.success)
      setForm(EMPTY)
      setErrors({})
      void queryClient.invalidateQueries({ queryKey: queryKeys.lapasDetail(lapasId) })
    },
    onError: (error) => setServerError(errorMessage(error)),
  })

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((prev) => ({ ...prev, [key]: value }))

  const toggleActivity = (activity: PartnerActivity, on: boolean) =>
    set(
      "activities",
      on
        ? ACTIVITIES.filter((a) => a === activity || form.activities.includes(a))
        : form.activities.filter((a) => a !== activity)
    )

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setServerError(null)
    const found = validatePartner(form)
    setErrors(found)
    if (Object.keys(found).length > 0 || !form.kind) {
      return
    }
    const contact = form.contact.trim()
    mutate({
      name: form.name.trim(),
      kind: form.kind,
      ...(contact ? { contact } : {}),
      agreement: {
        number: form.number.trim(),
        starts_on: form.starts_on,
        ends_on: form.ends_on,
        activities: form.activities,
      },
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.description}
        </Text>
      </div>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-y-4 px-6 py-4">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="partner-name" size="small" weight="plus">
              {t.name}
            </Label>
            <Input
              id="partner-name"
              value={form.name}
              onChange={(e) => set("name", e.target.value)}
              aria-invalid={!!errors.name}
            />
            <FieldError message={errors.name} />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="partner-kind" size="small" weight="plus">
              {t.kind}
            </Label>
            <Select
              value={form.kind}
              onValueChange={(value) => set("kind", value as PartnerKind)}
            >
              <Select.Trigger id="partner-kind" aria-invalid={!!errors.kind}>
                <Select.Value placeholder={t.kindPlaceholder} />
              </Select.Trigger>
              <Select.Content>
                {KINDS.map((kind) => (
                  <Select.Item key={kind} value={kind}>
                    {messages.labels.partnerKind[kind]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <FieldError message={errors.kind} />
          </div>
          <div className="flex flex-col gap-y-2 md:col-span-2">
            <Label htmlFor="partner-contact" size="small" weight="plus">
              {t.contact} <span className="text-ui-fg-muted font-normal">{messages.common.optional}</span>
            </Label>
            <Input
              id="partner-contact"
              value={form.contact}
              placeholder={t.contactPlaceholder}
              onChange={(e) => set("contact", e.target.value)}
            />
          </div>
        </div>

        <Heading level="h3">{t.agreementHeading}</Heading>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="agreement-number" size="small" weight="plus">
              {t.number}
            </Label>
            <Input
              id="agreement-number"
              value={form.number}
              onChange={(e) => set("number", e.target.value)}
              aria-invalid={!!errors.number}
            />
            <FieldError message={errors.number} />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="agreement-starts-on" size="small" weight="plus">
              {t.startsOn}
            </Label>
            <Input
              id="agreement-starts-on"
              type="date"
              value={form.starts_on}
              onChange={(e) => set("starts_on", e.target.value)}
              aria-invalid={!!errors.starts_on}
            />
            <FieldError message={errors.starts_on} />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="agreement-ends-on" size="small" weight="plus">
              {t.endsOn}
            </Label>
            <Input
              id="agreement-ends-on"
              type="date"
              value={form.ends_on}
              min={form.starts_on || undefined}
              onChange={(e) => set("ends_on", e.target.value)}
              aria-invalid={!!errors.ends_on}
            />
            <FieldError message={errors.ends_on} />
          </div>
        </div>

        <fieldset className="flex flex-col gap-y-2">
          <legend className="mb-2">
            <Label size="small" weight="plus">
              {t.activities}
            </Label>
          </legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {ACTIVITIES.map((activity) => (
              <div key={activity} className="flex items-center gap-x-2">
                <Checkbox
                  id={`agreement-activity-${activity}`}
                  checked={form.activities.includes(activity)}
                  onCheckedChange={(checked) => toggleActivity(activity, checked === true)}
                />
                <Label htmlFor={`agreement-activity-${activity}`} size="small">
                  {messages.labels.activity[activity]}
                </Label>
              </div>
            ))}
          </div>
          <FieldError message={errors.activities} />
        </fieldset>

        {serverError ? <Alert variant="error">{serverError}</Alert> : null}

        <div className="flex justify-end">
          <Button type="submit" size="small" isLoading={isPending}>
            {t.submit}
          </Button>
        </div>
      </form>
    </Container>
  )
}
