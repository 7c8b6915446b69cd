import type { IncomingMessage } from "node:http"
import Redis from "ioredis"
import ipaddr from "ipaddr.js"
import proxyaddr from "proxy-addr"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterRes } from "rate-limiter-flexible"
import { redisNamespaces } from "../redis/settings"

/**
 * Rate limits on the routes an attacker would hammer: login, password reset, the guest order
 * lookup, checkout completion, transfer notices and the search log (numbers in LIMITS; the rules in README "Security › Rate limits").
 *
 * Counters live in Redis when REDIS_URL is set (shared by every server process; the same
 * keys whatever process counted them, "kb-rl:…" or REDIS_PREFIX's "<prefix>-rl:…"), otherwise in this process's memory. Either way every
 * counter is a fixed window from its first hit and is dropped when its window ends, so memory
 * holds only the keys seen within one window. Counting is rate-limiter-flexible's (atomic
 * increments; a Lua script in Redis); if Redis stops answering, an in-memory limiter with the
 * same numbers takes over until it answers again (rate-limiter-flexible's `insuranceLimiter`).
 *
 * The client is the address of the connection, or, only when that connection comes from a proxy
 * listed in TRUSTED_PROXIES, the address that proxy put in X-Forwarded-For (Express's own
 * `proxy-addr`, walked from the right). Medusa sets Express's `trust proxy` to 1, which trusts
 * whatever sent the request; these limits never read `req.ip`.
 */

export const LIMITS = {
  /** POST /auth/:actor_type/emailpass: failures (wrong password) per client, per account, per pair. */
  login: {
    windowSec: 15 * 60,
    /** failures from one client, any accounts */
    perClient: 30,
    /** failures from one client on one account */
    perPair: 10,
    /** failures on one account from all clients that make it "under attack" */
    subjectHot: 20,
    /** failures from one client on an account under attack */
    perPairWhenHot: 3,
  },
  /** POST /store/orders/lookup: failures (no order for this number and email). */
  lookup: {
    windowSec: 15 * 60,
    perClient: 30,
    perPair: 10,
    subjectHot: 10,
    perPairWhenHot: 3,
  },
  /** POST /auth/:actor_type/emailpass/reset-password: every request. */
  passwordReset: { windowSec: 60 * 60, perSubject: 5, perClient: 10 },
  /** POST /store/carts/:id/complete: every request. */
  checkout: { windowSec: 10 * 60, perSubject: 10, perClient: 60 },
  /** POST /store/orders/:id/transfer-notices: every well-formed request, per order and per client. */
  transferNotice: { windowSec: 60 * 60, perSubject: 10, perClient: 30 },
  /**
   * GET /store/search: searches logged for the demand report, per client. Beyond it the search
   * still answers, unlogged (no search_id), so one client cannot fill the report.
   */
  searchLog: { windowSec: 60 * 60, perClient: 120 },
} as const

export type FailureLimits = (typeof LIMITS)["login" | "lookup"]
export type QuotaLimits = (typeof LIMITS)["passwordReset" | "checkout" | "transferNotice"]

/** What a gate decided: go ahead, or wait this many seconds (whole, at least 1). */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSec: number }

// ---------------------------------------------------------------------------------------------
// Client address

export type Trust = (addr: string, hop: number) => boolean

/**
 * TRUSTED_PROXIES as Express's `trust proxy` list: IPs, CIDRs, and the keywords loopback,
 * linklocal, uniquelocal, comma-separated. Unset or empty trusts no proxy, so X-Forwarded-For is
 * ignored. Anything else stops the server with a message naming the entry.
 */
export function trustFromEnv(value: string | undefined = process.env.TRUSTED_PROXIES): Trust {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!entries.length) return () => false
  try {
    return proxyaddr.compile(entries)
  } catch (error) {
    throw new Error(
      `TRUSTED_PROXIES must be a comma-separated list of IP addresses, CIDR ranges or the words loopback, linklocal, uniquelocal; ${(error as Error).message} (got "${value}")`
    )
  }
}

/**
 * The key a client is counted under: its IPv4 address, or the /64 network of an IPv6 address (one
 * subscriber usually holds a whole /64, so counting single IPv6 addresses could be rotated away).
 * An IPv4 address written as IPv6 (::ffff:1.2.3.4) counts as the IPv4 address.
 */
export function clientKey(address: string | undefined): string {
  if (!address || !ipaddr.isValid(address)) return "unknown"
  const ip = ipaddr.process(address)
  if (ip.kind() === "ipv4") return ip.toString()
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16))
  return `${parts.join(":")}::/64`
}

/**
 * The app's limiters and trust function, made on first use. Kept on globalThis so that every copy
 * of this module in the process (Medusa's loaders and a test's require may load it twice) counts
 * in the same place.
 */
const shared = ((globalThis as any)[Symbol.for("karya-binaan.rate-limits")] ??= { limits: null, trust: null }) as {
  limits: RateLimits | null
  trust: Trust | null
}

/** The request's client, read as described above (TRUSTED_PROXIES is read once, at first use). */
export function clientOf(req: IncomingMessage): string {
  shared.trust ??= trustFromEnv()
  return clientKey(proxyaddr(req as Parameters<typeof proxyaddr>[0], shared.trust))
}

// ---------------------------------------------------------------------------------------------
// Counters

/** Where counters live; in Redis under `prefix` (REDIS_PREFIX's, "kb-rl:" by default). */
type Store = { kind: "memory" } | { kind: "redis"; client: Redis; prefix: string }

function makeCounter(store: Store, keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const options = { keyPrefix: `${store.kind === "redis" ? store.prefix : "kb-rl:"}${keyPrefix}`, points, duration }
  if (store.kind === "memory") return new RateLimiterMemory(options)
  return new RateLimiterRedis({
    ...options,
    storeClient: store.client,
    // Redis down: count in this process until it is back, rather than letting everything through.
    insuranceLimiter: new RateLimiterMemory(options),
  })
}

/** Seconds until the window of the longest-blocking counter ends. */
function retryAfter(results: RateLimiterRes[]): number {
  return Math.max(1, ...results.map((r) => Math.ceil(Math.max(0, r.msBeforeNext) / 1000)))
}

/**
 * Counts failures (a wrong password, an order not found) per client, per subject (the account or
 * the email) and per client × subject pair, so that someone else's failures never shut out a
 * client that has not failed:
 * - a client with `perClient` failures (any subjects) is refused;
 * - a client with `perPair` failures on this subject is refused;
 * - once a subject has `subjectHot` failures from anyone, a client that itself failed
 *   `perPairWhenHot` times on it is refused; a client with no failures on it still gets its try.
 * `attempt` reserves a failure before the check runs (so parallel requests cannot slip past the
 * limits); `succeeded` gives it back and clears the pair, `notCounted` gives it back.
 */
export class FailureGate {
  private readonly client: RateLimiterAbstract
  private readonly subject: RateLimiterAbstract
  private readonly pair: RateLimiterAbstract

  constructor(
    readonly name: string,
    readonly limits: FailureLimits,
    store: Store
  ) {
    this.client = makeCounter(store, `${name}:client`, limits.perClient, limits.windowSec)
    this.subject = makeCounter(store, `${name}:subject`, limits.subjectHot, limits.windowSec)
    this.pair = makeCounter(store, `${name}:pair`, limits.perPair, limits.windowSec)
  }

  private static pairKey(subject: string, client: string) {
    return `${client}\n${subject}`
  }

  async attempt(subject: string, client: string): Promise<Verdict> {
    const pairKey = FailureGate.pairKey(subject, client)
    // penalty() counts without refusing; the decision is ours, from the counts including this one.
    const [byClient, bySubject, byPair] = await Promise.all([
      this.client.penalty(client),
      this.subject.penalty(subject),
      this.pair.penalty(pairKey),
    ])
    const { perClient, perPair, subjectHot, perPairWhenHot } = this.limits
    const blocking: RateLimiterRes[] = []
    if (byClient.consumedPoints > perClient) blocking.push(byClient)
    if (byPair.consumedPoints > perPair) blocking.push(byPair)
    // Failures by others (this attempt not counted) make the subject hot; only then does a
    // client's own smaller count on it matter.
    if (bySubject.consumedPoints - 1 >= subjectHot && byPair.consumedPoints > perPairWhenHot) {
      blocking.push(byPair, bySubject)
    }
    if (!blocking.length) return { allowed: true }
    // A refused attempt checks nothing, so it is not a failure.
    await this.notCounted(subject, client)
    return { allowed: false, retryAfterSec: retryAfter(blocking) }
  }

  /**
   * The attempt succeeded: this client's failures on this subject were its owner's typos, so they
   * (and this attempt) leave the client's and the subject's counts, and the pair starts afresh.
   */
  async succeeded(subject: string, client: string) {
    const pairKey = FailureGate.pairKey(subject, client)
    const own = Math.max(1, (await this.pair.get(pairKey))?.consumedPoints ?? 1)
    await Promise.all([this.client.reward(client, own), this.subject.reward(subject, own), this.pair.delete(pairKey)])
  }

  /** The attempt tested nothing (bad input, a server error): give its reservation back. */
  async notCounted(subject: string, client: string) {
    await Promise.all([
      this.client.reward(client),
      this.subject.reward(subject),
      this.pair.reward(FailureGate.pairKey(subject, client)),
    ])
  }
}

/**
 * Counts every request per subject (an email, a cart) and per client; beyond either limit within
 * the window the request is refused until the window ends.
 */
export class RequestQuota {
  private readonly client: RateLimiterAbstract
  private readonly subject: RateLimiterAbstract

  constructor(
    readonly name: string,
    readonly limits: QuotaLimits,
    store: Store
  ) {
    this.client = makeCounter(store, `${name}:client`, limits.perClient, limits.windowSec)
    this.subject = makeCounter(store, `${name}:subject`, limits.perSubject, limits.windowSec)
  }

  async take(subject: string, client: string): Promise<Verdict> {
    const [byClient, bySubject] = await Promise.all([this.client.penalty(client), this.subject.penalty(subject)])
    const blocking = [
      ...(byClient.consumedPoints > this.limits.perClient ? [byClient] : []),
      ...(bySubject.consumedPoints > this.limits.perSubject ? [bySubject] : []),
    ]
    return blocking.length ? { allowed: false, retryAfterSec: retryAfter(blocking) } : { allowed: true }
  }
}

/** Counts every use per client; beyond the limit within the window the client is refused until it ends. */
export class ClientQuota {
  private readonly client: RateLimiterAbstract

  constructor(
    readonly name: string,
    readonly limits: { windowSec: number; perClient: number },
    store: Store
  ) {
    this.client = makeCounter(store, `${name}:client`, limits.perClient, limits.windowSec)
  }

  async take(client: string): Promise<Verdict> {
    const byClient = await this.client.penalty(client)
    return byClient.consumedPoints > this.limits.perClient
      ? { allowed: false, retryAfterSec: retryAfter([byClient]) }
      : { allowed: true }
  }
}

// ---------------------------------------------------------------------------------------------
// The app's limiters

export interface RateLimits {
  store: "redis" | "memory"
  login: FailureGate
  lookup: FailureGate
  passwordReset: RequestQuota
  checkout: RequestQuota
  transferNotice: RequestQuota
  searchLog: ClientQuota
  /** Resolves once Redis is connected (at once for the memory store). */
  ready(): Promise<void>
  close(): Promise<void>
}

/**
 * All the limiters on one store: Redis at `redisUrl`, or this process's memory without one. In
 * Redis the keys are under REDIS_PREFIX's rate-limit namespace (`prefix`), so every process of a
 * deployment counts in the same keys and another deployment on the same Redis in others.
 */
export function createRateLimits(
  redisUrl: string | undefined,
  { prefix = redisNamespaces().rateLimits }: { prefix?: string } = {}
): RateLimits {
  const client = redisUrl
    ? new Redis(redisUrl, {
        // Fail fast when Redis is away (the in-memory insurance counts meanwhile) instead of
        // queueing requests behind a reconnect.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
      })
    : null
  client?.on("error", () => {
    // ioredis reconnects by itself; the limiters fall back to memory meanwhile.
  })
  const store: Store = client ? { kind: "redis", client, prefix } : { kind: "memory" }
  return {
    store: store.kind,
    login: new FailureGate("login", LIMITS.login, store),
    lookup: new FailureGate("lookup", LIMITS.lookup, store),
    passwordReset: new RequestQuota("password-reset", LIMITS.passwordReset, store),
    checkout: new RequestQuota("checkout", LIMITS.checkout, store),
    transferNotice: new RequestQuota("transfer-notice", LIMITS.transferNotice, store),
    searchLog: new ClientQuota("search-log", LIMITS.searchLog, store),
    async ready() {
      if (client && client.status !== "ready") await new Promise((resolve) => client.once("ready", resolve))
    },
    async close() {
      if (client) await client.quit().catch(() => client.disconnect())
    },
  }
}

/** The app's limiters, made on first use from REDIS_URL. */
export function rateLimits(): RateLimits {
  shared.limits ??= createRateLimits(process.env.REDIS_URL)
  return shared.limits
}

/**
 * New limiters, reading REDIS_URL and TRUSTED_PROXIES again; with the memory store every count is
 * forgotten (Redis keeps its keys until their windows end). For tests that share one running app.
 */
export async function resetRateLimits() {
  const previous = shared.limits
  shared.limits = null
  shared.trust = null
  await previous?.close()
}

/** A subject (email) as counted: trimmed, lower-case, at most 320 characters. */
export function subjectKey(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase().slice(0, 320) : ""
}
