import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { messages } from "../lib/messages"

/** A labelled form field with an optional hint and error, as in the partner form. */
export function Field({
  id,
  label,
  optional = false,
  hint,
  error,
  className,
  children,
}: {
  id?: string
  label: string
  optional?: boolean
  hint?: ReactNode
  error?: string
  className?: string
  children: ReactNode
}) {
  return (
    <div className={className ? `flex flex-col gap-y-2 ${className}` : "flex flex-col gap-y-2"}>
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {optional ? (
          <span className="text-ui-fg-muted font-normal"> {messages.common.optional}</span>
        ) : null}
      </Label>
      {children}
      {hint ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      ) : null}
      <FieldError message={error} />
    </div>
  )
}

export function FieldError({ message }: { message?: string }) {
  return message ? (
    <Text size="xsmall" className="text-ui-fg-error">
      {message}
    </Text>
  ) : null
}
