"use client"

import { usePathname } from "next/navigation"
import { useEffect, useState, type ReactNode } from "react"

/**
 * The panel's frame. Desktop: the sidebar beside the content. Phone: a top bar whose menu button
 * opens the same sidebar over the content; it closes on navigation, on Escape and on the backdrop.
 */
export function ShellFrame({
  brand,
  context,
  sidebar,
  menuLabel,
  closeLabel,
  children,
}: {
  brand: ReactNode
  /** One line under the brand in the top bar (the lapas). */
  context: ReactNode
  sidebar: ReactNode
  menuLabel: string
  closeLabel: string
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const pathname = usePathname()

  useEffect(() => {
    setOpen(false)
  }, [pathname])

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false)
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [open])

  return (
    <div className={open ? "shell shell--menu-open" : "shell"}>
      <header className="topbar">
        <div className="topbar__text">
          <span className="topbar__brand">{brand}</span>
          <span className="topbar__context">{context}</span>
        </div>
        <button
          type="button"
          className="button button--ghost topbar__menu"
          aria-expanded={open}
          aria-controls="panel-sidebar"
          data-testid="menu-button"
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true" className="topbar__icon">
            {open ? "✕" : "☰"}
          </span>
          {open ? closeLabel : menuLabel}
        </button>
      </header>
      <div className="shell__backdrop" aria-hidden="true" onClick={() => setOpen(false)} />
      <aside id="panel-sidebar" className="sidebar">
        {sidebar}
      </aside>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
