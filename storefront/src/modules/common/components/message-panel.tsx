import type { ReactNode } from "react"

/** Centered message with actions, for not-found, error and empty states. */
export function MessagePanel({
  title,
  children,
  actions,
  headingLevel = 1,
}: {
  title: string
  children?: ReactNode
  actions?: ReactNode
  headingLevel?: 1 | 2
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2"
  return (
    <div className="message-panel">
      <Heading className="message-panel__title">{title}</Heading>
      {children}
      {actions && <div className="message-panel__actions">{actions}</div>}
    </div>
  )
}
