export type AgreementTerm = "short" | "medium" | "long"

const MS_PER_DAY = 24 * 60 * 60 * 1000
/** Agreement dates are calendar days stored as midnight WIB (UTC+7). */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * Whole years from start to end, counted on the calendar: an anniversary is the same day and
 * month (a term starting on 29 February reaches it on 1 March in common years).
 */
function fullYearsBetween(start: Date, end: Date): number {
  const from = new Date(start.getTime() + WIB_OFFSET_MS)
  const to = new Date(end.getTime() + WIB_OFFSET_MS)
  let years = to.getUTCFullYear() - from.getUTCFullYear()
  const anniversary = new Date(from)
  anniversary.setUTCFullYear(from.getUTCFullYear() + years)
  if (anniversary.getTime() > to.getTime()) {
    years -= 1
  }
  return years
}

/** DOMAIN.md: short < 2 years, medium 2–5 years, long ≥ 5 years. */
export function agreementTerm(startsOn: Date, endsOn: Date): AgreementTerm {
  const years = fullYearsBetween(startsOn, endsOn)
  if (years < 2) return "short"
  if (years < 5) return "medium"
  return "long"
}

/** An agreement has expired once its end date has passed (it is valid through its last day). */
export function isAgreementExpired(endsOn: Date, now: Date = new Date()): boolean {
  return now.getTime() >= endsOn.getTime() + MS_PER_DAY
}
