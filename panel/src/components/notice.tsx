import type { ReactNode } from "react"
import type { Tone } from "./badge"

/**
 * A banner: form errors (`tone="danger"`, announced at once), confirmations, warnings.
 * Give it a `testId` when a journey looks for it.
 */
export function Notice({
  tone = "info",
  title,
  children,
  testId,
}: {
  tone?: Exclude<Tone, "neutral">
  title?: ReactNode
  children: ReactNode
  testId?: string
}) {
  const urgent = tone === "danger" || tone === "warning"
  return (
    <div className={`notice notice--${tone}`} role={urgent ? "alert" : "status"} data-testid={testId}>
      {title ? <p className="notice__title">{title}</p> : null}
      <div className="notice__body">{children}</div>
    </div>
  )
}
