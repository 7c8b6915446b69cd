/**
 * The panel's sections and the roles that may use each: the one place that says who sees what.
 * The navigation, the home page's shortcuts and each page's guard (`requireSection`) read it.
 * The backend checks roles again on every /lapas-api route; this map only shapes the panel.
 */
import type { MemberRole } from "@karya-binaan/contracts"

export const SECTION_KEYS = ["home", "catalog", "stock", "shipping", "production", "orders", "direct_sales", "finance", "lapas", "national"] as const
export type SectionKey = (typeof SECTION_KEYS)[number]

export interface Section {
  key: SectionKey
  /** Indonesian path, as members see it in the address bar. */
  href: string
  roles: readonly MemberRole[]
  /** Roles that may look but not change anything (the screen hides its forms for them). */
  readOnly?: readonly MemberRole[]
}

const ALL: readonly MemberRole[] = ["lapas_staff", "finance", "national"]

/** In navigation order. Titles and descriptions: `section.<key>` in src/i18n/navigation.ts. */
export const SECTIONS: readonly Section[] = [
  { key: "home", href: "/", roles: ALL },
  { key: "catalog", href: "/katalog", roles: ALL, readOnly: ["finance"] },
  { key: "stock", href: "/stok", roles: ["lapas_staff", "national"] },
  { key: "shipping", href: "/pengiriman", roles: ["lapas_staff", "national"] },
  { key: "production", href: "/produksi", roles: ["lapas_staff", "national"] },
  { key: "orders", href: "/pesanan", roles: ALL },
  { key: "direct_sales", href: "/penjualan", roles: ALL, readOnly: ["finance", "national"] },
  { key: "finance", href: "/keuangan", roles: ["finance", "national"] },
  { key: "lapas", href: "/lapas", roles: ALL },
  { key: "national", href: "/nasional", roles: ["national"] },
]

export function getSection(key: SectionKey): Section {
  const section = SECTIONS.find((s) => s.key === key)
  if (!section) throw new Error(`Unknown section ${key}`)
  return section
}

export function canUse(role: MemberRole, key: SectionKey): boolean {
  return getSection(key).roles.includes(role)
}

export function isReadOnly(role: MemberRole, key: SectionKey): boolean {
  return getSection(key).readOnly?.includes(role) ?? false
}

/** The sections a role may use, in navigation order. */
export function sectionsFor(role: MemberRole): Section[] {
  return SECTIONS.filter((s) => s.roles.includes(role))
}

/** The section a path belongs to (`/keuangan/pnbp` → finance), for highlighting the navigation. */
export function sectionOfPath(pathname: string): Section | undefined {
  if (pathname === "/") return getSection("home")
  return SECTIONS.find((s) => s.href !== "/" && (pathname === s.href || pathname.startsWith(`${s.href}/`)))
}

/** Paths that work without a session (login, password reset, invitation); see src/proxy.ts. */
export const PUBLIC_PATHS = ["/masuk", "/lupa-sandi", "/atur-sandi", "/undangan", "/sesi-berakhir"] as const

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))
}

/**
 * A `next` parameter that is safe to redirect to: a path on this site, never another origin
 * (`//evil.example`, `/\evil.example`) and never back to a public page.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/"
  const path = value.split(/[?#]/)[0]
  return isPublicPath(path) ? "/" : value
}
