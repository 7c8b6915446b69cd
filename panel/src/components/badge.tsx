import type { ReactNode } from "react"

export type Tone = "neutral" | "info" | "success" | "warning" | "danger"

/** A short status word (Lunas, Dikirim, Nonaktif). */
export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>
}
