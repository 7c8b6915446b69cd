import { DEFAULT_BASIS_POINTS } from "@karya-binaan/shares"
import type { AppliedPolicy } from "./booking"
import type { PolicyScope } from "./models/share-policy"

/** Rupiah books run on WIB calendar days (UTC+7, no daylight saving). */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

/** The WIB calendar day of an instant, as YYYY-MM-DD. */
export function wibDay(at: Date | string): string {
  return new Date(new Date(at).getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10)
}

/** 00:00 WIB of a YYYY-MM-DD calendar day. */
export function startOfWibDay(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`)
}

export interface PolicyRow {
  id: string
  scope: PolicyScope
  lapas_id: string | null
  partner_agreement_id: string | null
  capital_bp: number
  premi_bp: number
  pnbp_bp: number
  effective_from: Date | string
  created_at?: Date | string
}

const SPECIFICITY: Record<PolicyScope, number> = { partner_agreement: 3, lapas: 2, all: 1 }

/**
 * The policy in force for a line on the order's date: the most specific scope that has one
 * (partner agreement > lapas > all), within it the latest `effective_from` on or before the
 * order's WIB day (the later-made one on a tie). Without any, the default 5000/3500/1500.
 */
export function policyFor(
  policies: PolicyRow[],
  line: { lapas_id: string | null; partner_agreement_id: string | null },
  orderedAt: Date | string
): AppliedPolicy {
  const day = wibDay(orderedAt)
  const applicable = policies.filter((p) => {
    if (wibDay(p.effective_from) > day) return false
    if (p.scope === "all") return true
    if (p.scope === "lapas") return !!line.lapas_id && p.lapas_id === line.lapas_id
    return !!line.partner_agreement_id && p.partner_agreement_id === line.partner_agreement_id
  })
  const time = (value: Date | string | undefined) => (value ? new Date(value).getTime() : 0)
  applicable.sort(
    (a, b) =>
      SPECIFICITY[b.scope] - SPECIFICITY[a.scope] ||
      time(b.effective_from) - time(a.effective_from) ||
      time(b.created_at) - time(a.created_at) ||
      (a.id < b.id ? 1 : -1)
  )
  const best = applicable[0]
  if (!best) {
    return { id: null, ...DEFAULT_BASIS_POINTS }
  }
  return { id: best.id, capital_bp: best.capital_bp, premi_bp: best.premi_bp, pnbp_bp: best.pnbp_bp }
}
