import type { ReactNode } from "react"

/** A titled section of a detail page; the heading labels the section for screen readers. */
export function InfoBlock({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="info-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="info-block__title">
        {title}
      </h2>
      {children}
    </section>
  )
}
