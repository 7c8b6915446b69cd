"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { sectionOfPath } from "@/lib/navigation"

export interface NavItem {
  key: string
  href: string
  label: string
}

/** The sections of the member's role; the current one is marked for screen readers and the eye. */
export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const current = sectionOfPath(usePathname() ?? "/")?.key
  return (
    <nav aria-label={label} className="nav" data-testid="panel-nav">
      <ul className="nav__list">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              className={item.key === current ? "nav__link nav__link--current" : "nav__link"}
              aria-current={item.key === current ? "page" : undefined}
              data-section={item.key}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
