import { afterEach, beforeEach, describe, expect, test, vi } from "vitest"
import type { RepairReport } from "./types"

const repairs = vi.hoisted(() => ({ finish: null as null | ((report: RepairReport) => void), started: 0 }))
vi.mock("./index", () => ({
  runRepair: () => {
    repairs.started++
    return new Promise<RepairReport>((resolve) => (repairs.finish = resolve))
  },
}))

const { REPAIR_LOCK_KEY, REPAIR_LOCK_LEASE_S, runRepairExclusively } = await import("./lock")

/** A locking module with leases on a clock, as Medusa's providers keep them (same owner extends). */
function leasedLocking() {
  const locks = new Map<string, { ownerId: string; until: number }>()
  const calls: string[] = []
  return {
    calls,
    holder: (key: string) => {
      const lock = locks.get(key)
      return lock && lock.until > Date.now() ? lock.ownerId : null
    },
    async acquire(key: string, { ownerId, expire }: { ownerId: string; expire: number }) {
      calls.push(`acquire ${expire}`)
      const lock = locks.get(key)
      if (lock && lock.until > Date.now() && lock.ownerId !== ownerId) throw new Error(`Failed to acquire lock for key "${key}"`)
      locks.set(key, { ownerId, until: Date.now() + expire * 1000 })
    },
    async release(key: string, { ownerId }: { ownerId: string }) {
      calls.push("release")
      if (locks.get(key)?.ownerId === ownerId) locks.delete(key)
      return true
    },
  }
}

const container = (locking: ReturnType<typeof leasedLocking>) => ({ resolve: () => locking }) as never
const REPORT = { items: [] } as unknown as RepairReport

describe("runRepairExclusively", () => {
  beforeEach(() => {
    vi.useFakeTimers()
    repairs.finish = null
    repairs.started = 0
  })
  afterEach(() => vi.useRealTimers())

  test("holds a short lease and renews it for as long as the repair runs, then releases it", async () => {
    const locking = leasedLocking()
    const running = runRepairExclusively(container(locking))
    await vi.advanceTimersByTimeAsync(0)
    expect(repairs.started).toBe(1)
    expect(locking.calls).toEqual([`acquire ${REPAIR_LOCK_LEASE_S}`])

    // Ten leases' worth of a long repair: still held throughout.
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(REPAIR_LOCK_LEASE_S * 1000)
      expect(locking.holder(REPAIR_LOCK_KEY)).toMatch(/^repair-/)
    }
    expect(locking.calls.filter((call) => call.startsWith("acquire")).length).toBeGreaterThanOrEqual(30)

    repairs.finish!(REPORT)
    await expect(running).resolves.toBe(REPORT)
    expect(locking.calls.at(-1)).toBe("release")
    expect(locking.holder(REPAIR_LOCK_KEY)).toBeNull()
    const callsAfter = locking.calls.length
    await vi.advanceTimersByTimeAsync(REPAIR_LOCK_LEASE_S * 3000)
    expect(locking.calls.length).toBe(callsAfter)
  })

  test("a lock left by a process that died mid-repair frees within one lease, and a waiting repair then runs", async () => {
    const locking = leasedLocking()
    await locking.acquire(REPAIR_LOCK_KEY, { ownerId: "repair-of-a-killed-worker", expire: REPAIR_LOCK_LEASE_S })

    expect(await runRepairExclusively(container(locking))).toBeNull()
    expect(repairs.started).toBe(0)

    const waiting = runRepairExclusively(container(locking), { wait: true })
    await vi.advanceTimersByTimeAsync((REPAIR_LOCK_LEASE_S - 1) * 1000)
    expect(repairs.started).toBe(0)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(repairs.started).toBe(1)
    repairs.finish!(REPORT)
    await expect(waiting).resolves.toBe(REPORT)
  })
})
