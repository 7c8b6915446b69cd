export type AgreementTerm = "short" | "medium" | "long"

const MS_PER_DAY = 24 * 60 * 60 * 1000

/** Whole years from start to end, counted by calendar (29 Feb start → 28 Feb end counts as a year). */
function fullYearsBetween(start: Date, end: Date): number {
  let years = end.getUTCFullYear() - start.getUTCFullYear()
  const anniversary = new Date(start)
  anniversary.setUTCFullYear(start.getUTCFullYear() + years)
  if (anniversary.getTime() > end.getTime()) {
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
