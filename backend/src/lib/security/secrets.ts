import { randomBytes } from "node:crypto"
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs"
import path from "node:path"

/**
 * The backend's two signing secrets: JWT_SECRET signs every login token (admin users, lapas
 * members, buyers), COOKIE_SECRET signs the session cookie.
 *
 * - NODE_ENV=production: both must be set, at least 32 characters and not a known placeholder;
 *   otherwise the backend refuses to start with one line naming the variable.
 * - Anywhere else (`pnpm dev`, the tests, `medusa exec`): a value set in the environment is used
 *   (and checked the same way); an unset one comes from `.data/dev-secrets.json` at the repository
 *   root, random and written once per checkout (gitignored), so no two checkouts share a secret and
 *   none is a guessable default.
 */

export const SECRET_VARIABLES = ["JWT_SECRET", "COOKIE_SECRET"] as const
export type SecretVariable = (typeof SECRET_VARIABLES)[number]
export const MIN_SECRET_LENGTH = 32

/** Placeholders from Medusa's starters, our old default and the .env template: never a secret. */
const KNOWN_WEAK = [
  "supersecret",
  "secret",
  "change-me",
  "changeme",
  "change_me",
  "password",
  "medusa",
  "jwt_secret",
  "cookie_secret",
  "development",
  "test",
]

export type AppSecrets = { jwtSecret: string; cookieSecret: string }

/** Why `value` cannot sign anything, or null when it can. */
export function secretProblem(value: string | undefined): string | null {
  if (value === undefined || value === "") return "is not set"
  const lowered = value.trim().toLowerCase()
  if (KNOWN_WEAK.some((weak) => lowered === weak || lowered.startsWith(`${weak}-`) || lowered.startsWith(`${weak}_`))) {
    return "is a known placeholder"
  }
  if (new Set(value).size < 8) return "has too few different characters"
  if (value.length < MIN_SECRET_LENGTH) return `is ${value.length} characters long, shorter than ${MIN_SECRET_LENGTH}`
  return null
}

export class InsecureSecretError extends Error {
  constructor(readonly variable: SecretVariable, problem: string) {
    super(
      `${variable} ${problem}: set it to a random value of at least ${MIN_SECRET_LENGTH} characters, e.g. ${variable}=$(openssl rand -hex 32)`
    )
    this.name = "InsecureSecretError"
  }
}

function checked(variable: SecretVariable, value: string | undefined): string {
  const problem = secretProblem(value)
  if (problem) throw new InsecureSecretError(variable, problem)
  return value!
}

/** The repository root (the folder with pnpm-workspace.yaml) above `from`, or `from` itself. */
export function repositoryRoot(from: string): string {
  let dir = path.resolve(from)
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(from)
    dir = parent
  }
}

export function devSecretsFile(cwd = process.cwd()): string {
  return path.join(repositoryRoot(cwd), ".data", "dev-secrets.json")
}

/**
 * This checkout's development secrets, created on first use. Several processes may start at
 * once (test workers): the file is written under a temporary name and linked into place, so
 * exactly one set wins and every process reads that one.
 */
export function loadDevSecrets(file: string): Record<SecretVariable, string> {
  const read = () => JSON.parse(readFileSync(file, "utf8")) as Record<SecretVariable, string>
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    const fresh = Object.fromEntries(SECRET_VARIABLES.map((name) => [name, randomBytes(32).toString("hex")]))
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`
    writeFileSync(temporary, JSON.stringify(fresh, null, 2) + "\n", { mode: 0o600 })
    try {
      linkSync(temporary, file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
    } finally {
      unlinkSync(temporary)
    }
  }
  const secrets = read()
  for (const name of SECRET_VARIABLES) checked(name, secrets[name])
  return secrets
}

/**
 * The secrets for medusa-config.ts: from the environment in production (refusing weak or missing
 * ones), from the environment or this checkout's dev file elsewhere.
 */
export function appSecrets(
  env: Record<string, string | undefined> = process.env,
  { devFile = () => devSecretsFile() }: { devFile?: () => string } = {}
): AppSecrets {
  const production = env.NODE_ENV === "production"
  let dev: Record<SecretVariable, string> | null = null
  const value = (name: SecretVariable) => {
    const given = env[name]
    if (production || (given !== undefined && given !== "")) return checked(name, given)
    dev ??= loadDevSecrets(devFile())
    return dev[name]
  }
  return { jwtSecret: value("JWT_SECRET"), cookieSecret: value("COOKIE_SECRET") }
}
