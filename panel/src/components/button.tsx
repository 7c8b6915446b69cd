import Link from "next/link"
import type { ButtonHTMLAttributes, ComponentProps } from "react"

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger"

function classes(variant: ButtonVariant, extra?: string): string {
  return ["button", `button--${variant}`, extra].filter(Boolean).join(" ")
}

export function Button({
  variant = "primary",
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={classes(variant, className)} {...props} />
}

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({
  variant = "secondary",
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={classes(variant, className)} {...props} />
}
