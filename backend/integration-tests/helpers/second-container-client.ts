import { spawn } from "node:child_process"
import path from "node:path"
import { createInterface } from "node:readline"

/** What second-container.ts reports, one JSON line each. */
export interface ContainerEvent {
  event: "ready" | "acquired" | "releasing" | "released" | "failed" | "error"
  key?: string
  /** Date.now() in the other process. */
  at?: number
  provider?: string
  error?: string
}

export interface SecondContainer {
  /** The locking provider the other container loaded ("locking-redis" with REDIS_URL). */
  provider: string
  /** Asks the other container to take `key` through its locking module and hold it `ms`. */
  hold(key: string, ms: number, timeoutSec?: number): void
  /**
   * Resolves with the first report of `event` for `key` not handed out before (waiting for it when
   * not there yet): a key held twice reports "acquired" twice, and the second call gets the second.
   */
  next(event: ContainerEvent["event"], key: string, timeoutMs?: number): Promise<ContainerEvent>
  stop(): Promise<void>
}

const TS_NODE = { transpileOnly: true, swc: true, compilerOptions: { module: "commonjs", moduleResolution: "node" } }

/**
 * Starts integration-tests/helpers/second-container.ts in a process of its own, with this
 * process's environment (REDIS_URL, REDIS_PREFIX) plus `env`, and resolves once it is ready.
 */
export async function spawnSecondContainer(env: Record<string, string> = {}): Promise<SecondContainer> {
  const backend = path.resolve(__dirname, "..", "..")
  const child = spawn(
    process.execPath,
    ["-e", `require("ts-node").register(${JSON.stringify(TS_NODE)}); require("./integration-tests/helpers/second-container.ts")`],
    { cwd: backend, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] }
  )
  const events: ContainerEvent[] = []
  const handedOut = new Set<ContainerEvent>()
  const waiters: { match: (e: ContainerEvent) => boolean; resolve: (e: ContainerEvent) => void }[] = []
  let stderr = ""
  child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)))
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  createInterface({ input: child.stdout! }).on("line", (line) => {
    let event: ContainerEvent
    try {
      event = JSON.parse(line)
    } catch {
      return // a log line of Medusa's
    }
    if (typeof event?.event !== "string") return
    events.push(event)
    const waiter = waiters.find((w) => w.match(event))
    if (waiter) {
      waiters.splice(waiters.indexOf(waiter), 1)
      handedOut.add(event)
      waiter.resolve(event)
    }
  })

  function wait(match: (e: ContainerEvent) => boolean, what: string, timeoutMs: number): Promise<ContainerEvent> {
    const seen = events.find((e) => !handedOut.has(e) && match(e))
    if (seen) {
      handedOut.add(seen)
      return Promise.resolve(seen)
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The second container did not report ${what} within ${timeoutMs} ms. Its stderr:\n${stderr}`)),
        timeoutMs
      )
      waiters.push({
        match,
        resolve: (e) => {
          clearTimeout(timer)
          resolve(e)
        },
      })
      void exited.then((code) =>
        reject(new Error(`The second container exited (${code}) before reporting ${what}. Its stderr:\n${stderr}`))
      )
    })
  }

  const ready = await wait((e) => e.event === "ready" || e.event === "error", "ready", 60_000)
  if (ready.event === "error") throw new Error(`The second container could not start: ${ready.error}`)
  return {
    provider: ready.provider ?? "",
    hold(key, ms, timeoutSec = 30) {
      child.stdin!.write(`${JSON.stringify({ hold: key, ms, timeout: timeoutSec })}\n`)
    },
    next(event, key, timeoutMs = 30_000) {
      return wait((e) => e.event === event && e.key === key, `${event} of ${key}`, timeoutMs)
    },
    async stop() {
      if (child.exitCode !== null) return
      child.stdin!.write(`${JSON.stringify({ exit: true })}\n`)
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}
