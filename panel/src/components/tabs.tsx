import Link from "next/link"
import type { ReactNode } from "react"

export interface TabItem {
  href: string
  label: ReactNode
  /** Shown beside the label (e.g. orders waiting). */
  count?: number
  current?: boolean
}

/** Links that filter one screen (`?status=baru`), each with an optional count. */
export function Tabs({ label, items }: { label: string; items: TabItem[] }) {
  return (
    <nav className="tabs" aria-label={label}>
      <ul className="tabs__list">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className={item.current ? "tabs__tab tabs__tab--current" : "tabs__tab"}
              aria-current={item.current ? "page" : undefined}
            >
              <span>{item.label}</span>
              {item.count !== undefined ? <span className="tabs__count">{item.count}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
