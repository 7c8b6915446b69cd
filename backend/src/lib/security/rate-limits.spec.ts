import type { IncomingMessage } from "node:http"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startRedis } from "../../../integration-tests/redis-server"
import { FailureGate, LIMITS, RequestQuota, clientKey, createRateLimits, trustFromEnv } from "./rate-limits"
import proxyaddr from "proxy-addr"

const memory = { kind: "memory" } as const

function request(socketAddress: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: socketAddress },
    connection: { remoteAddress: socketAddress },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  } as unknown as IncomingMessage
}

describe("client address", () => {
  it("ignores X-Forwarded-For unless the connection comes from a trusted proxy", () => {
    const none = trustFromEnv(undefined)
    expect(proxyaddr(request("127.0.0.1", "203.0.113.9") as any, none)).toBe("127.0.0.1")
    expect(proxyaddr(request("127.0.0.1", "203.0.113.9") as any, trustFromEnv(""))).toBe("127.0.0.1")
    const loopback = trustFromEnv("loopback")
    expect(proxyaddr(request("127.0.0.1", "203.0.113.9") as any, loopback)).toBe("203.0.113.9")
    // A spoofed entry left of the address our proxy appended is not believed.
    expect(proxyaddr(request("127.0.0.1", "198.51.100.1, 203.0.113.9") as any, loopback)).toBe("203.0.113.9")
    // The same header from an untrusted peer counts as that peer.
    expect(proxyaddr(request("198.51.100.7", "203.0.113.9") as any, loopback)).toBe("198.51.100.7")
    const listed = trustFromEnv("10.0.0.0/8, 192.168.1.1")
    expect(proxyaddr(request("10.1.2.3", "203.0.113.9") as any, listed)).toBe("203.0.113.9")
    expect(proxyaddr(request("192.168.1.2", "203.0.113.9") as any, listed)).toBe("192.168.1.2")
  })

  it("refuses a TRUSTED_PROXIES entry that is not an address, a range or a keyword", () => {
    expect(() => trustFromEnv("loopback, proxy.example")).toThrow(/TRUSTED_PROXIES .*proxy\.example/)
    expect(() => trustFromEnv("10.0.0.0/99")).toThrow(/TRUSTED_PROXIES/)
  })

  it("counts IPv4 as such, IPv4-mapped IPv6 as IPv4 and IPv6 by its /64", () => {
    expect(clientKey("203.0.113.9")).toBe("203.0.113.9")
    expect(clientKey("::ffff:203.0.113.9")).toBe("203.0.113.9")
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64")
    expect(clientKey("2001:db8:1:2:bbbb::7")).toBe(clientKey("2001:db8:1:2:aaaa::1"))
    expect(clientKey("2001:db8:1:3::1")).not.toBe(clientKey("2001:db8:1:2::1"))
    expect(clientKey(undefined)).toBe("unknown")
    expect(clientKey("not an address")).toBe("unknown")
  })
})

/** `n` failed attempts of `client` on `subject`; returns the verdicts. */
async function fail(gate: FailureGate, subject: string, client: string, n: number) {
  const verdicts = []
  for (let i = 0; i < n; i++) verdicts.push(await gate.attempt(subject, client))
  return verdicts
}

describe("FailureGate (memory)", () => {
  const limits = LIMITS.login

  it("refuses a client after perPair failures on one account, with the window as Retry-After", async () => {
    const gate = new FailureGate("t1", limits, memory)
    const verdicts = await fail(gate, "a@x", "1.1.1.1", limits.perPair + 5)
    expect(verdicts.slice(0, limits.perPair).every((v) => v.allowed)).toBe(true)
    const refused = verdicts.slice(limits.perPair)
    expect(refused.every((v) => !v.allowed)).toBe(true)
    const first = refused[0] as { retryAfterSec: number }
    expect(first.retryAfterSec).toBeGreaterThan(limits.windowSec - 60)
    expect(first.retryAfterSec).toBeLessThanOrEqual(limits.windowSec)
  })

  it("lets a client without failures try an account under attack, then holds it to perPairWhenHot", async () => {
    const gate = new FailureGate("t2", limits, memory)
    // Attackers from many addresses make the account hot.
    for (let i = 0; i < limits.subjectHot + 10; i++) await fail(gate, "victim@x", `10.0.0.${i}`, 1)
    // The real user (no failures of their own) is let through.
    expect(await gate.attempt("victim@x", "192.0.2.1")).toEqual({ allowed: true })
    await gate.succeeded("victim@x", "192.0.2.1")
    expect(await gate.attempt("victim@x", "192.0.2.1")).toEqual({ allowed: true })
    // An attacking address that already failed perPairWhenHot times is refused.
    const attacker = "10.0.0.200"
    const verdicts = await fail(gate, "victim@x", attacker, limits.perPairWhenHot + 1)
    expect(verdicts.map((v) => v.allowed)).toEqual([...Array(limits.perPairWhenHot).fill(true), false])
  })

  it("a success takes that client's failures off the account; refused and uncounted attempts are not failures", async () => {
    const owner = new FailureGate("t3o", limits, memory)
    // Three rounds of typos, each ended by the right password: the account never becomes hot.
    for (let round = 0; round < 3; round++) {
      expect((await fail(owner, "o@x", "2.2.2.3", limits.perPair)).every((v) => v.allowed)).toBe(true)
      await owner.succeeded("o@x", "2.2.2.3")
    }
    expect((await fail(owner, "o@x", "2.2.2.4", limits.perPairWhenHot + 1)).every((v) => v.allowed)).toBe(true)

    const gate = new FailureGate("t3", limits, memory)
    await fail(gate, "b@x", "2.2.2.2", limits.perPair - 1)
    await gate.succeeded("b@x", "2.2.2.2") // the last attempt was the right password
    expect((await fail(gate, "b@x", "2.2.2.2", limits.perPair)).every((v) => v.allowed)).toBe(true)
    expect((await gate.attempt("b@x", "2.2.2.2")).allowed).toBe(false)
    // Hammering while refused does not count: another client is not pushed over by it.
    await fail(gate, "b@x", "2.2.2.2", 50)
    expect((await gate.attempt("b@x", "3.3.3.3")).allowed).toBe(true)
    const other = new FailureGate("t3b", limits, memory)
    for (let i = 0; i < 40; i++) {
      expect((await other.attempt("c@x", "4.4.4.4")).allowed).toBe(true)
      await other.notCounted("c@x", "4.4.4.4")
    }
  })

  it("refuses a client after perClient failures across accounts", async () => {
    const gate = new FailureGate("t4", limits, memory)
    for (let i = 0; i < limits.perClient; i++) expect((await gate.attempt(`u${i}@x`, "5.5.5.5")).allowed).toBe(true)
    expect((await gate.attempt("fresh@x", "5.5.5.5")).allowed).toBe(false)
    expect((await gate.attempt("fresh@x", "6.6.6.6")).allowed).toBe(true)
  })

  it("parallel attempts cannot slip past the pair limit", async () => {
    const gate = new FailureGate("t5", limits, memory)
    const verdicts = await Promise.all(Array.from({ length: 40 }, () => gate.attempt("d@x", "7.7.7.7")))
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(limits.perPair)
  })
})

describe("RequestQuota (memory)", () => {
  it("counts every request per subject and per client", async () => {
    const quota = new RequestQuota("q1", LIMITS.passwordReset, memory)
    const { perSubject, perClient } = LIMITS.passwordReset
    for (let i = 0; i < perSubject; i++) expect((await quota.take("e@x", "8.8.8.8")).allowed).toBe(true)
    expect((await quota.take("e@x", "9.9.9.9")).allowed).toBe(false)
    for (let i = perSubject; i < perClient; i++) expect((await quota.take(`other${i}@x`, "8.8.8.8")).allowed).toBe(true)
    const refused = await quota.take("new@x", "8.8.8.8")
    expect(refused.allowed).toBe(false)
    expect((refused as { retryAfterSec: number }).retryAfterSec).toBeGreaterThan(LIMITS.passwordReset.windowSec - 60)
  })
})

describe("Redis store", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(() => redis?.stop())

  it("two processes' limiters share one count", async () => {
    const first = createRateLimits(redis.url)
    const second = createRateLimits(redis.url)
    try {
      await Promise.all([first.ready(), second.ready()])
      expect(first.store).toBe("redis")
      const { perPair } = LIMITS.login
      for (let i = 0; i < perPair; i++) {
        const limits = i % 2 ? first : second
        expect((await limits.login.attempt("customer:f@x", "1.2.3.4")).allowed).toBe(true)
      }
      expect((await first.login.attempt("customer:f@x", "1.2.3.4")).allowed).toBe(false)
      expect((await second.login.attempt("customer:f@x", "1.2.3.4")).allowed).toBe(false)
      // A success seen by one clears the pair for the other.
      await first.login.succeeded("customer:f@x", "1.2.3.4")
      expect((await second.login.attempt("customer:f@x", "1.2.3.4")).allowed).toBe(true)
    } finally {
      await Promise.all([first.close(), second.close()])
    }
  })
})
