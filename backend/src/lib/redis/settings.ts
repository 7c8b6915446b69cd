import { isTruthy } from "@medusajs/framework/utils"

/**
 * How the app uses Redis, read from the environment in one place (medusa-config.ts, the rate
 * limits and the tests use it):
 * - REDIS_URL: with it, Medusa's event bus, workflow engine, locking (and, with the caching
 *   feature flag, caching) modules, the admin sessions and the rate limits' counters live in
 *   Redis, shared by every process of one deployment; without it, in this process's memory.
 * - REDIS_PREFIX (default "kb"): the namespace of every key and queue this deployment makes, so
 *   two deployments (a staging and a test stack, two test runs) can share one Redis server.
 *
 * What Medusa 2.21 lets us namespace, and how (read from the modules' loaders):
 * - event bus (BullMQ): the queue's `prefix` (queueOptions and workerOptions, which must agree);
 * - workflow engine (BullMQ: workflows, scheduled jobs, the cleaner): `queueOptions.prefix` and
 *   `workerOptions.prefix`, shared by its three queues;
 * - locking-redis: the provider's `namespace`;
 * - caching-redis: the provider's `prefix`;
 * - sessions (connect-redis): `projectConfig.redisPrefix`, followed by "sess:";
 * - rate limits (rate-limiter-flexible): our own key prefix.
 * Not namespaced, because 2.21 offers no option (BullMQ refuses an ioredis `keyPrefix` on the
 * connections it shares): the workflow engine's checkpoints (`dtrx:<workflow>:<transaction>`) and
 * its pub/sub channels (`orchestrator:<workflow>`), and the event bus's staging lists of grouped
 * events (`staging:<group id>`). Their names carry transaction and group ids that are generated
 * (ULIDs), so two deployments do not meet there in practice; a separate Redis database
 * (`redis://host:6379/1`) keeps the keys apart as well (pub/sub channels span databases).
 */

export const DEFAULT_REDIS_PREFIX = "kb"

/** REDIS_PREFIX, checked: 1–32 letters, digits, "-" or "_"; "kb" when unset or empty. */
export function redisPrefix(value: string | undefined = process.env.REDIS_PREFIX): string {
  const prefix = (value ?? "").trim() || DEFAULT_REDIS_PREFIX
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(prefix)) {
    throw new Error(`REDIS_PREFIX must be 1 to 32 letters, digits, "-" or "_" (got "${value}")`)
  }
  return prefix
}

/** The names under one prefix: BullMQ prefixes, key prefixes. */
export function redisNamespaces(prefix: string = redisPrefix()) {
  return {
    /** BullMQ prefix of the event bus's queue ("<prefix>:events:events-queue:…"). */
    eventBus: `${prefix}:events`,
    /** BullMQ prefix of the workflow engine's queues (workflows, scheduled jobs, cleaner). */
    workflows: `${prefix}:workflows`,
    /** Locks taken through Medusa's locking module. */
    locks: `${prefix}:lock:`,
    /** Medusa's caching module (only with MEDUSA_FF_CACHING=true). */
    cache: `${prefix}:cache:`,
    /** projectConfig.redisPrefix: sessions are "<prefix>:sess:<id>". */
    sessions: `${prefix}:`,
    /** The worker's heartbeat (lib/health): the time it was last alive. */
    heartbeat: `${prefix}:worker:heartbeat`,
    /** rate-limiter-flexible's counters ("kb-rl:<limit>:<client|subject|pair>:…" by default). */
    rateLimits: `${prefix}-rl:`,
  }
}

export type WorkerMode = "shared" | "worker" | "server"

/**
 * The Medusa CLI command this process runs ("start", "exec", "db:migrate"…), or null when it is
 * not the Medusa CLI (a test runner, a script).
 */
export function medusaCommand(argv: readonly string[] = process.argv): string | null {
  const cli = argv.findIndex((arg) => /[\\/]@medusajs[\\/]cli[\\/]|[\\/]\.bin[\\/]medusa$|[\\/]medusa(\.js)?$/.test(arg))
  if (cli === -1) return null
  return argv.slice(cli + 1).find((arg) => !arg.startsWith("-")) ?? null
}

/**
 * One-shot commands: Medusa's CLI sets MEDUSA_WORKER_MODE=server itself for `exec`, `user` and the
 * `db:*` commands (so that they consume no events), whatever the environment says.
 */
function isOneShotCommand(command: string | null): boolean {
  return command !== null && /^(exec|user|db:|plugin:|build$|telemetry$|new$)/.test(command)
}

/**
 * The process's role, checked: MEDUSA_WORKER_MODE "shared" (default), "server" or "worker"; the
 * last two only with REDIS_URL for a process that stays up (`medusa start`, `medusa develop`).
 * Server and worker processes on Medusa's in-memory modules do not fail: each keeps its own event
 * queue, so a server's events are never handed to the worker (and scheduled jobs, locks and
 * workflow state stay per process). That silent loss is refused here, in one line, before
 * anything starts. One-shot commands (`medusa exec`, `medusa db:migrate`…) run as "server" by
 * Medusa's own doing and are let through.
 */
export function workerModeFromEnv(
  value: string | undefined = process.env.MEDUSA_WORKER_MODE,
  redisUrl: string | undefined = process.env.REDIS_URL,
  command: string | null = medusaCommand()
): WorkerMode {
  const mode = (value || "shared") as WorkerMode
  if (!["shared", "worker", "server"].includes(mode)) {
    throw new Error(`MEDUSA_WORKER_MODE must be "shared", "worker" or "server"; got "${value}"`)
  }
  if (mode !== "shared" && !redisUrl && !isOneShotCommand(command)) {
    throw new Error(
      `MEDUSA_WORKER_MODE=${mode} needs REDIS_URL: separate server and worker processes share events, workflows, jobs and locks only through Redis (set REDIS_URL, or run one process with MEDUSA_WORKER_MODE=shared)`
    )
  }
  return mode
}

/** Medusa's caching module is used by Medusa's core only with this feature flag on (2.21). */
export function cachingFlagOn(value: string | undefined = process.env.MEDUSA_FF_CACHING): boolean {
  // Read as Medusa's feature flags read their variables.
  return isTruthy(value)
}
