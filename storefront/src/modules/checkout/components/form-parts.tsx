"use client"

import {
  useEffect,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from "react"
import { useFormStatus } from "react-dom"
import type { MessageKey } from "@/i18n"
import { useT } from "@/i18n/client"
import { hasErrors, type FormState } from "../form-state"

export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`
}

type FieldProps = {
  formId: string
  name: string
  label: string
  hint?: string
  /** Translated error text; the input is marked invalid and described by it. */
  error?: string
  optional?: string
  children?: ReactNode
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "children">

/** A labelled input with its hint and error tied to it through aria-describedby. */
export function Field({ formId, name, label, hint, error, optional, children, ...input }: FieldProps) {
  const id = fieldId(formId, name)
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined
  return (
    <div className={`form-field${error ? " form-field--invalid" : ""}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
        {optional && <span className="form-field__optional"> ({optional})</span>}
      </label>
      {hint && (
        <p className="form-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        className="form-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {children}
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  )
}

type SelectFieldProps = {
  formId: string
  name: string
  label: string
  hint?: string
  /** Translated error text; the select is marked invalid and described by it. */
  error?: string
  children: ReactNode
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "children">

/** A labelled `<select>` with its hint and error, like `Field`. */
export function SelectField({ formId, name, label, hint, error, children, ...select }: SelectFieldProps) {
  const id = fieldId(formId, name)
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined
  return (
    <div className={`form-field${error ? " form-field--invalid" : ""}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="form-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <select
        id={id}
        name={name}
        className="form-field__input form-field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...select}
      >
        {children}
      </select>
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  )
}

/**
 * A number that goes up every time `value` is a new object (e.g. each answer of a Server Action),
 * to remount a form's fields with what the answer refills.
 */
export function useVersion(value: unknown): number {
  const [seen, setSeen] = useState({ value, version: 0 })
  if (seen.value !== value) {
    const next = { value, version: seen.version + 1 }
    setSeen(next)
    return next.version
  }
  return seen.version
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p className="form-field__error" id={id} data-testid="field-error">
      {children}
    </p>
  )
}

/**
 * The props that tie a `Field` to a Server Action's state: its id, the value to refill after a
 * refusal (never for passwords: pass `refill: false`) and its translated error.
 */
export function useStateFields(formId: string, state: FormState) {
  const t = useT()
  return (name: string, { refill = true }: { refill?: boolean } = {}) => ({
    formId,
    name,
    defaultValue: refill ? (state.values?.[name] ?? "") : undefined,
    error: state.errors?.[name] ? t(state.errors[name] as MessageKey) : undefined,
  })
}

/**
 * One radio option with its name, a muted line under it and an optional price. The first option
 * carries the field's own id, so the error summary's link lands on the group.
 */
export function RadioChoice({
  formId,
  name,
  index,
  title,
  detail,
  price,
  cardTestId,
  ...input
}: {
  formId: string
  name: string
  index: number
  title: ReactNode
  detail: ReactNode
  price?: ReactNode
  /** data-testid of the whole card (input and label). */
  cardTestId?: string
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type" | "title">) {
  const id = index === 0 ? fieldId(formId, name) : `${fieldId(formId, name)}-${index}`
  return (
    <div className="choice" data-testid={cardTestId}>
      <input type="radio" id={id} name={name} {...input} />
      <label htmlFor={id} className="choice__label">
        <span className="choice__main">
          <span className="choice__name">{title}</span>
          <span className="choice__kind muted">{detail}</span>
        </span>
        {price !== undefined && <span className="choice__price">{price}</span>}
      </label>
    </div>
  )
}

/**
 * The list of what went wrong, above the form: announced when it appears, focused so keyboard and
 * screen reader users land on it, each field error linking to its field.
 */
export function ErrorSummary({
  state,
  formId,
  labels = {},
  testId,
  title,
}: {
  state: FormState | null | undefined
  formId: string
  /** Field name → its label, for the links. */
  labels?: Record<string, string>
  testId: string
  title?: string
}) {
  const t = useT()
  const ref = useRef<HTMLDivElement>(null)
  const visible = hasErrors(state)
  useEffect(() => {
    if (visible) ref.current?.focus()
  }, [visible, state])
  if (!visible || !state) return null
  const fieldErrors = Object.entries(state.errors ?? {}).filter((entry): entry is [string, MessageKey] =>
    Boolean(entry[1])
  )
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} data-testid={testId}>
      <p className="error-summary__title">{title ?? t("checkout.error.summaryTitle")}</p>
      <ul className="error-summary__list">
        {state.serverMessage && <li>{state.serverMessage}</li>}
        {(state.messages ?? []).map((message, index) => (
          <li key={`m-${index}`}>
            {message.href ? (
              <a href={message.href}>{t(message.key, message.params)}</a>
            ) : (
              t(message.key, message.params)
            )}
          </li>
        ))}
        {fieldErrors.map(([name, key]) => (
          <li key={name}>
            {labels[name] ? (
              <a href={`#${fieldId(formId, name)}`}>
                {labels[name]}: {t(key)}
              </a>
            ) : (
              t(key)
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Submit button that shows the pending text and cannot be pressed twice while its form is sent. */
export function SubmitButton({
  children,
  pendingText,
  testId,
  className = "button button--primary button--block",
  disabled,
}: {
  children: ReactNode
  pendingText: string
  testId?: string
  className?: string
  disabled?: boolean
}) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      className={className}
      disabled={pending || disabled}
      aria-disabled={pending || disabled ? true : undefined}
      data-testid={testId}
    >
      {pending ? pendingText : children}
    </button>
  )
}
