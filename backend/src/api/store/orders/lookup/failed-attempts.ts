/**
 * Counts failed guest order lookups so that order numbers (which count up from 1) cannot be tried
 * one after another against a known email. Per email and per client address, in a sliding window.
 * In-process memory: with several server processes each keeps its own count (see README).
 */
export interface FailedAttemptLimits {
  perEmail: number
  perClient: number
  windowMs: number
}

export const LOOKUP_LIMITS: FailedAttemptLimits = { perEmail: 10, perClient: 30, windowMs: 15 * 60_000 }

export const TOO_MANY_LOOKUPS_MESSAGE =
  "Terlalu banyak percobaan yang salah. Tunggu 15 menit lalu coba lagi, atau periksa email konfirmasi pesanan Anda."

export class FailedAttempts {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly limits: FailedAttemptLimits = LOOKUP_LIMITS,
    private readonly now: () => number = Date.now
  ) {}

  /** True when this email or client has failed too often within the window. */
  isBlocked(email: string, client: string): boolean {
    return (
      this.recent(`email:${email}`).length >= this.limits.perEmail ||
      this.recent(`client:${client}`).length >= this.limits.perClient
    )
  }

  recordFailure(email: string, client: string) {
    for (const key of [`email:${email}`, `client:${client}`]) {
      this.failures.set(key, [...this.recent(key), this.now()])
    }
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since)
    if (kept.length) this.failures.set(key, kept)
    else this.failures.delete(key)
    return kept
  }
}

export const failedLookups = new FailedAttempts()
