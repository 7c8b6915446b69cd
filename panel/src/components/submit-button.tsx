"use client"

import { useFormStatus } from "react-dom"
import type { ReactNode } from "react"
import type { ButtonVariant } from "./button"

/** A form's submit button: disabled and showing `pendingLabel` while its server action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
}: {
  children: ReactNode
  pendingLabel?: ReactNode
  variant?: ButtonVariant
  name?: string
  value?: string
}) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      className={`button button--${variant}`}
      disabled={pending}
      aria-busy={pending || undefined}
      name={name}
      value={value}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  )
}
