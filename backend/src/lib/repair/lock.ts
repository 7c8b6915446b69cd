import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { runRepair } from "./index"
import type { RepairOptions, RepairReport } from "./types"

/** One repair at a time across every process of the deployment (Redis locking with REDIS_URL). */
export const REPAIR_LOCK_KEY = "repair:money-and-messages"
/**
 * The lock's lease (seconds), renewed every third of it while the repair runs: a process that dies
 * mid-repair (a worker SIGKILLed) frees the lock within this long, not after a whole long run's
 * worth of expiry.
 */
export const REPAIR_LOCK_LEASE_S = 60
/** How long a repair told to wait (the script) waits for another process's repair to end. */
export const REPAIR_LOCK_WAIT_S = 15 * 60

function lockingOf(container: MedusaContainer): ILockingModule | null {
  try {
    return container.resolve(Modules.LOCKING) as ILockingModule
  } catch {
    return null
  }
}

/**
 * runRepair under REPAIR_LOCK_KEY (Medusa's locking module), or null when another process holds it
 * (and `wait` is false). Two repairs at once would be harmless for the ledger (idempotency keys) but
 * could send a pending e-mail twice. Without a locking module (none registered) it runs unlocked.
 */
export async function runRepairExclusively(
  container: MedusaContainer,
  options: RepairOptions & { wait?: boolean } = {}
): Promise<RepairReport | null> {
  const locking = lockingOf(container)
  if (!locking) return await runRepair(container, options)
  const ownerId = `repair-${randomUUID()}`
  const deadline = Date.now() + (options.wait ? REPAIR_LOCK_WAIT_S * 1000 : 0)
  const acquire = () => locking.acquire(REPAIR_LOCK_KEY, { ownerId, expire: REPAIR_LOCK_LEASE_S })
  for (;;) {
    try {
      await acquire()
      break
    } catch (error) {
      if (Date.now() >= deadline) return null
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
  // The same owner acquiring again extends its lease (Redis and in-memory providers alike).
  const renewal = setInterval(() => void acquire().catch(() => undefined), (REPAIR_LOCK_LEASE_S * 1000) / 3)
  renewal.unref()
  try {
    return await runRepair(container, options)
  } finally {
    clearInterval(renewal)
    await locking.release(REPAIR_LOCK_KEY, { ownerId }).catch(() => false)
  }
}
