/**
 * Another process of the same deployment, for the tests that need two: a Medusa container of its
 * own (Medusa's module loader, in this process) with the locking module exactly as medusa-config.ts
 * declares it, from the same environment (REDIS_URL, REDIS_PREFIX). Run by spawnSecondContainer()
 * in second-container-client.ts; it reads commands as JSON lines on stdin and reports on stdout:
 *
 *   {"hold": "<key>", "ms": 3000, "timeout": 30}  → {"event":"acquired","key",at} … {"event":"released","key",at}
 *   {"exit": true}                                → ends
 *
 * `at` is Date.now() in this process (the tests compare it with their own clock: same machine).
 * Nothing else of the app is loaded: no database, no event bus consumer, no HTTP.
 */
import { MedusaApp } from "@medusajs/framework/modules-sdk"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createInterface } from "node:readline"

const say = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(message)}\n`)

async function main() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../medusa-config")
  const declaration = config.modules[Modules.LOCKING]
  if (!declaration) throw new Error("medusa-config declares no locking module")
  const app = await MedusaApp({
    modulesConfig: { [Modules.LOCKING]: declaration },
    // The locking module uses no table; the connection is never opened.
    sharedResourcesConfig: { database: { clientUrl: "postgres://unused@127.0.0.1:9/unused" } },
    workerMode: "server",
  })
  await app.onApplicationStart()
  const locking = app.modules[Modules.LOCKING] as unknown as ILockingModule
  say({ event: "ready", provider: declaration.options?.providers?.[0]?.id ?? "locking-inmemory" })

  const lines = createInterface({ input: process.stdin })
  const finished = new Promise<void>((resolve) => lines.once("close", resolve))
  lines.on("line", (line) => {
    if (!line.trim()) return
    const command = JSON.parse(line) as { hold?: string; ms?: number; timeout?: number; exit?: boolean }
    if (command.exit) return lines.close()
    if (command.hold) {
      const key = command.hold
      void locking
        .execute(
          key,
          async () => {
            say({ event: "acquired", key, at: Date.now() })
            await new Promise((resolve) => setTimeout(resolve, command.ms ?? 1000))
            say({ event: "releasing", key, at: Date.now() })
          },
          { timeout: command.timeout ?? 30 }
        )
        .then(
          () => say({ event: "released", key, at: Date.now() }),
          (error: Error) => say({ event: "failed", key, at: Date.now(), error: error.message })
        )
    }
  })
  await finished
  await app.onApplicationPrepareShutdown()
  await app.onApplicationShutdown()
  process.exit(0)
}

main().catch((error) => {
  say({ event: "error", error: (error as Error).message })
  process.exit(1)
})
