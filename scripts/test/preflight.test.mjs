// The test command's preflight: which tools the selected stages need, and what it does when one is missing.
import assert from "node:assert/strict"
import net from "node:net"
import { describe, it } from "node:test"
import { decide, installCommand, missingTools, neededTools } from "../lib/preflight.mjs"

const NO_APT = { apt: false, root: false, sudo: false }
const ROOT = { apt: true, root: true, sudo: false }
const SUDO = { apt: true, root: false, sudo: true }

describe("preflight", () => {
  it("asks for Chromium only for the e2e journeys and redis-server for the backend and fault stages", () => {
    assert.deepEqual(neededTools(["deps", "unit", "scripts", "storefront", "panel"]), [])
    assert.deepEqual(neededTools(["e2e"]), ["chromium"])
    assert.deepEqual(neededTools(["backend"]), ["redis"])
    assert.deepEqual(neededTools(["deps", "backend", "fuzz", "outside", "e2e", "fault"]), ["chromium", "redis"])
  })

  it("nothing missing: goes on", () => {
    assert.deepEqual(decide([], ["e2e"], { env: {}, system: NO_APT }), { action: "ok" })
  })

  it("a developer's machine: stops with one line naming the package and the command", () => {
    const decision = decide(["chromium", "redis"], ["backend", "e2e"], { env: {}, system: SUDO })
    assert.equal(decision.action, "stop")
    assert.doesNotMatch(decision.message, /\n/)
    assert.match(decision.message, /Chromium \(for e2e; or set CHROMIUM_PATH\) and redis-server \(for backend;/)
    assert.match(decision.message, /sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium redis-server/)
    assert.match(decision.message, /KB_INSTALL_MISSING=1/)
  })

  it("CI or KB_INSTALL_MISSING=1 with apt-get as root or with sudo: installs", () => {
    assert.deepEqual(decide(["redis"], ["backend"], { env: { CI: "true" }, system: ROOT }), {
      action: "install",
      packages: ["redis-server"],
      command: "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server",
    })
    const bySudo = decide(["chromium"], ["e2e"], { env: { KB_INSTALL_MISSING: "1" }, system: SUDO })
    assert.equal(bySudo.action, "install")
    assert.equal(bySudo.command, installCommand(["chromium"], { root: false }))
  })

  it("CI without a usable apt-get: stops and says why it cannot install", () => {
    for (const system of [NO_APT, { apt: true, root: false, sudo: false }]) {
      const decision = decide(["redis"], ["fault"], { env: { CI: "1" }, system })
      assert.equal(decision.action, "stop")
      assert.match(decision.message, /cannot install it here/)
    }
  })

  it("finds what is missing: Chromium by CHROMIUM_PATH, redis-server by binary, a live REDIS_URL only for the fault stage", async () => {
    const noBinary = () => null
    const env = { CHROMIUM_PATH: "/nonexistent/chromium" }
    assert.deepEqual(await missingTools(["chromium"], ["e2e"], { env }), ["chromium"])
    assert.deepEqual(await missingTools(["chromium"], ["e2e"], { env: { CHROMIUM_PATH: process.execPath } }), [])
    assert.deepEqual(await missingTools(["redis"], ["backend"], { env: {}, findRedis: () => "/usr/bin/redis-server" }), [])
    assert.deepEqual(await missingTools(["redis"], ["backend"], { env: {}, findRedis: noBinary }), ["redis"])
    const up = async () => true
    assert.deepEqual(await missingTools(["redis"], ["fault"], { env: { REDIS_URL: "redis://x" }, findRedis: noBinary, redisUp: up }), [])
    assert.deepEqual(
      await missingTools(["redis"], ["backend", "fault"], { env: { REDIS_URL: "redis://x" }, findRedis: noBinary, redisUp: up }),
      ["redis"]
    )
    // A REDIS_URL nobody answers on is no Redis.
    const server = net.createServer()
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { port } = server.address()
    await new Promise((resolve) => server.close(resolve))
    assert.deepEqual(
      await missingTools(["redis"], ["fault"], { env: { REDIS_URL: `redis://127.0.0.1:${port}` }, findRedis: noBinary }),
      ["redis"]
    )
    assert.deepEqual(await missingTools(["redis"], ["fault"], { env: { REDIS_SERVER: "/nonexistent/redis-server" } }), ["redis"])
  })
})
