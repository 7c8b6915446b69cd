import { randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { appSecrets, InsecureSecretError, secretProblem } from "./secrets"

const strong = () => randomBytes(32).toString("hex")
const noDevFile = () => {
  throw new Error("production must not read the dev secrets file")
}

describe("appSecrets in production", () => {
  const production = (env: Record<string, string | undefined>) =>
    appSecrets({ NODE_ENV: "production", ...env }, { devFile: noDevFile })

  it("refuses to start without JWT_SECRET or COOKIE_SECRET, in one line naming the variable and how to make one", () => {
    for (const [env, variable] of [
      [{ COOKIE_SECRET: strong() }, "JWT_SECRET"],
      [{ JWT_SECRET: strong() }, "COOKIE_SECRET"],
      [{ JWT_SECRET: "", COOKIE_SECRET: strong() }, "JWT_SECRET"],
      [{}, "JWT_SECRET"],
    ] as const) {
      let error: unknown
      try {
        production(env)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(InsecureSecretError)
      const message = (error as Error).message
      expect(message.startsWith(`${variable} is not set:`)).toBe(true)
      expect(message).toContain("openssl rand -hex 32")
      expect(message).not.toContain("\n")
    }
  })

  it("refuses known placeholders and short or repetitive values", () => {
    for (const weak of ["supersecret", "SuperSecret", "change-me", "secret", "a".repeat(64), strong().slice(0, 31)]) {
      expect(() => production({ JWT_SECRET: weak, COOKIE_SECRET: strong() })).toThrow(/^JWT_SECRET (is|has) /)
      expect(() => production({ JWT_SECRET: strong(), COOKIE_SECRET: weak })).toThrow(/^COOKIE_SECRET (is|has) /)
    }
    expect(secretProblem("supersecret")).toBe("is a known placeholder")
    expect(secretProblem(strong().slice(0, 20))).toBe("is 20 characters long, shorter than 32")
  })

  it("uses the values set when both are strong", () => {
    const jwt = strong()
    const cookie = strong()
    expect(production({ JWT_SECRET: jwt, COOKIE_SECRET: cookie })).toEqual({ jwtSecret: jwt, cookieSecret: cookie })
  })
})

describe("appSecrets outside production", () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "kb-secrets-"))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("generates random secrets once per checkout, keeps them private and reuses them", () => {
    const file = path.join(dir, ".data", "dev-secrets.json")
    const first = appSecrets({ NODE_ENV: "development" }, { devFile: () => file })
    expect(first.jwtSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(first.cookieSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(first.jwtSecret).not.toBe(first.cookieSecret)
    expect(statSync(file).mode & 0o077).toBe(0)
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ JWT_SECRET: first.jwtSecret, COOKIE_SECRET: first.cookieSecret })
    expect(appSecrets({ NODE_ENV: "test" }, { devFile: () => file })).toEqual(first)

    const otherCheckout = appSecrets({}, { devFile: () => path.join(dir, "other", "dev-secrets.json") })
    expect(otherCheckout.jwtSecret).not.toBe(first.jwtSecret)
  })

  it("takes a value set in the environment, checked like production's", () => {
    const jwt = strong()
    const file = path.join(dir, "dev-secrets.json")
    const secrets = appSecrets({ NODE_ENV: "development", JWT_SECRET: jwt }, { devFile: () => file })
    expect(secrets.jwtSecret).toBe(jwt)
    expect(secrets.cookieSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(() => appSecrets({ JWT_SECRET: "supersecret" }, { devFile: () => file })).toThrow(/^JWT_SECRET is a known placeholder/)
  })
})
