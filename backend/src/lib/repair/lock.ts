import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { runRepair } from "./index"
import type { RepairOptions, RepairReport } from "./types"

/** One repair at a time across every process of the deployment (Redis locking with REDIS_URL). */
export const REPAIR_LOCK_KEY = "repair:money-and-messages"
/** The lock outlives a stuck run by at most this long (seconds), then another worker may repair. */
export const REPAIR_LOCK_EXPIRE_S = 15 * 60

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
  const deadline = Date.now() + (options.wait ? REPAIR_LOCK_EXPIRE_S * 1000 : 0)
  for (;;) {
    try {
      await locking.acquire(REPAIR_LOCK_KEY, { ownerId, expire: REPAIR_LOCK_EXPIRE_S })
      break
    } catch (error) {
      if (Date.now() >= deadline) return null
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
  try {
    return await runRepair(container, options)
  } finally {
    await locking.release(REPAIR_LOCK_KEY, { ownerId }).catch(() => false)
  }
}
