import type { AddStaffBody, StaffRole } from "@karya-binaan/contracts"
import {
  Alert,
  Button,
  Container,
  Copy,
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

const t = messages.staffForm
const ROLES = Object.keys(messages.labels.staffRole) as StaffRole[]

type FormState = {
  email: string
  role: StaffRole | ""
  first_name: string
  last_name: string
}

const EMPTY: FormState = { email: "", role: "", first_name: "", last_name: "" }

type Errors = Partial<Record<keyof FormState, string>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function FieldError({ message }: { message?: string }) {
  return message ? (
    <Text size="xsmall" className="text-ui-fg-error">
      {message}
    </Text>
  ) : null
}

/** Shown only to national admins (the API refuses everyone else). */
export function StaffForm({ lapasId }: { lapasId: string }) {
  const [form, setForm] = useState<FormState>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const [inviteToken, setInviteToken] = useState<string | null>(null)
  const queryClient = useQueryClient()

  const { mutate, isPending } = useMutation({
    mutationFn: (body: AddStaffBody) => api.createStaff(lapasId, body),
    onSuccess: (result) => {
      toast.success(t.success)
      setInviteToken(result.invite_token ?? null)
      setForm(EMPTY)
      setErrors({})
      void queryClient.invalidateQueries({ queryKey: queryKeys.lapasDetail(lapasId) })
    },
    onError: (error) => setServerError(errorMessage(error)),
  })

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((prev) => ({ ...prev, [key]: value }))

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setServerError(null)
    setInviteToken(null)
    const found: Errors = {}
    const email = form.email.trim()
    if (!email) found.email = t.errors.emailRequired
    else if (!EMAIL.test(email)) found.email = t.errors.emailInvalid
    if (!form.role) found.role = t.errors.roleRequired
    setErrors(found)
    if (Object.keys(found).length > 0 || !form.role) {
      return
    }
    const first_name = form.first_name.trim()
    const last_name = form.last_name.trim()
    mutate({
      email,
      role: form.role,
      ...(first_name ? { first_name } : {}),
      ...(last_name ? { last_name } : {}),
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
            <Label htmlFor="staff-email" size="small" weight="plus">
              {t.email}
            </Label>
            <Input
              id="staff-email"
              type="email"
              value={form.email}
              onChange={(e) => set("email", e.target.value)}
              aria-invalid={!!errors.email}
            />
            <FieldError message={errors.email} />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="staff-role" size="small" weight="plus">
              {t.role}
            </Label>
            <Select
              value={form.role}
              onValueChange={(value) => set("role", value as StaffRole)}
            >
              <Select.Trigger id="staff-role" aria-invalid={!!errors.role}>
                <Select.Value placeholder={t.rolePlaceholder} />
              </Select.Trigger>
              <Select.Content>
                {ROLES.map((role) => (
                  <Select.Item key={role} value={role}>
                    {messages.labels.staffRole[role]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <FieldError message={errors.role} />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="staff-first-name" size="small" weight="plus">
              {t.firstName} <span className="text-ui-fg-muted font-normal">{messages.common.optional}</span>
            </Label>
            <Input
              id="staff-first-name"
              value={form.first_name}
              onChange={(e) => set("first_name", e.target.value)}
            />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="staff-last-name" size="small" weight="plus">
              {t.lastName} <span className="text-ui-fg-muted font-normal">{messages.common.optional}</span>
            </Label>
            <Input
              id="staff-last-name"
              value={form.last_name}
              onChange={(e) => set("last_name", e.target.value)}
            />
          </div>
        </div>

        {serverError ? <Alert variant="error">{serverError}</Alert> : null}

        {inviteToken ? (
          <Alert variant="success">
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus">
                {t.inviteToken}
              </Text>
              <div className="flex items-center gap-x-2">
                <code className="bg-ui-bg-subtle txt-compact-small break-all rounded px-2 py-1 font-mono">
                  {inviteToken}
                </code>
                <Copy content={inviteToken} aria-label={messages.common.copy} />
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t.inviteTokenHint}
              </Text>
            </div>
          </Alert>
        ) : null}

        <div className="flex justify-end">
          <Button type="submit" size="small" isLoading={isPending}>
            {t.submit}
          </Button>
        </div>
      </form>
    </Container>
  )
}
