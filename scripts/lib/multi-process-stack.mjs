// The production topology on one machine: N `server` processes and one `worker` process of the
// backend (`medusa start` in backend/, NODE_ENV=production), sharing one PostgreSQL and one Redis,
// behind one public address served by a small round-robin proxy in this (the supervisor's) process.
// Used by `pnpm stack:prod`, the fault suite and the load benchmark.
//
// Why not Medusa's own `medusa start --cluster`: it forks at most as many children as the machine
// has CPUs, its primary round-robins requests to every child including the worker (which
// registers no routes, so one request in N is a 404), and a child it re-forks after a crash does
// not get its MEDUSA_WORKER_MODE. Separate process groups with their own ports let us kill and
// restart exactly one role, which the fault suite needs.
import http from "node:http"
import net from "node:net"
import { startService, waitForHttp } from "./process.mjs"
import { freshSecrets } from "./secrets.mjs"
import { BACKEND_DIR } from "./marketplace.mjs"

/** Headers that describe one connection, not the request: never passed on by a proxy. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
])

/** After a refused connection a server is tried last for this long. */
const DOWN_FOR_MS = 1000

function forwardedHeaders(request) {
  const headers = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (!HOP_BY_HOP.has(name)) headers[name] = value
  }
  // Express (trust proxy = TRUSTED_PROXIES, e.g. loopback) reads the client from the right of
  // this list: the proxy's own hop is loopback, so the address appended here is the one counted.
  const client = request.socket.remoteAddress ?? ""
  headers["x-forwarded-for"] = request.headers["x-forwarded-for"] ? `${request.headers["x-forwarded-for"]}, ${client}` : client
  headers["x-forwarded-proto"] ??= "http"
  if (request.headers.host) headers["x-forwarded-host"] ??= request.headers.host
  return headers
}

/** The upstream's raw headers without hop-by-hop ones (raw keeps every Set-Cookie as it came). */
function responseHeaders(rawHeaders) {
  const kept = []
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (!HOP_BY_HOP.has(rawHeaders[i].toLowerCase())) kept.push(rawHeaders[i], rawHeaders[i + 1])
  }
  return kept
}

/**
 * A round-robin HTTP proxy to `targets()` (a list of `{ port }`, read on every request). Bodies are
 * streamed both ways. The request body is passed on only once the upstream connection is open, so
 * a server that refuses the connection (stopped, restarting) is skipped and the next one tried with
 * the body untouched; when none accepts, the answer is a 502 with a JSON body.
 * Returns `{ server, close() }` once listening on 127.0.0.1:`port`.
 */
export async function startRoundRobinProxy({ port, targets, host = "127.0.0.1", log = () => {} }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 64 })
  const downUntil = new Map()
  let next = 0

  function order() {
    const list = targets()
    const start = next++ % Math.max(list.length, 1)
    const rotated = [...list.slice(start), ...list.slice(0, start)]
    const now = Date.now()
    // Servers that refused a moment ago go last, not out: they may be back.
    return [...rotated.filter((t) => !(downUntil.get(t.port) > now)), ...rotated.filter((t) => downUntil.get(t.port) > now)]
  }

  function badGateway(response, message) {
    if (response.headersSent) return response.destroy()
    const body = JSON.stringify({ type: "bad_gateway", message })
    response.writeHead(502, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) })
    response.end(body)
  }

  function attempt(request, response, candidates, headers) {
    const target = candidates.shift()
    if (!target) return badGateway(response, "No backend server is accepting connections.")
    let bodySent = false
    let answered = false
    const upstream = http.request({
      host: "127.0.0.1",
      port: target.port,
      method: request.method,
      path: request.url,
      headers,
      agent,
    })
    const sendBody = () => {
      if (bodySent) return
      bodySent = true
      request.pipe(upstream)
    }
    upstream.on("socket", (socket) => {
      if (socket.connecting) socket.once("connect", sendBody)
      else sendBody()
    })
    upstream.on("response", (upstreamResponse) => {
      answered = true
      response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.statusMessage, responseHeaders(upstreamResponse.rawHeaders))
      upstreamResponse.pipe(response)
      upstreamResponse.on("error", () => response.destroy())
    })
    upstream.on("error", (error) => {
      if (answered) return response.destroy()
      const refused = error.code === "ECONNREFUSED" || error.code === "ECONNRESET" || error.code === "EPIPE"
      // A body already on its way cannot be sent again; a request without one can.
      const resendable = !bodySent || request.method === "GET" || request.method === "HEAD"
      if (refused) downUntil.set(target.port, Date.now() + DOWN_FOR_MS)
      if (refused && resendable && !request.destroyed) return attempt(request, response, candidates, headers)
      log(`proxy: ${request.method} ${request.url} to port ${target.port} failed: ${error.code ?? error.message}`)
      badGateway(response, `The backend server failed while answering (${error.code ?? "error"}).`)
    })
    response.on("close", () => {
      if (!response.writableFinished) upstream.destroy()
    })
  }

  const server = http.createServer((request, response) => {
    attempt(request, response, order(), forwardedHeaders(request))
  })
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, resolve)
  })
  return {
    server,
    async close() {
      server.closeAllConnections?.()
      await new Promise((resolve) => server.close(() => resolve()))
      agent.destroy()
    },
  }
}

/** Resolves once nothing listens on 127.0.0.1:`port` (a killed process's port is free again). */
async function waitForPortFree(port, timeoutMs = 15_000) {
  const started = Date.now()
  for (;;) {
    const inUse = await new Promise((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port })
      socket.once("connect", () => (socket.destroy(), resolve(true)))
      socket.once("error", () => resolve(false))
    })
    if (!inUse) return
    if (Date.now() - started > timeoutMs) throw new Error(`Port ${port} is still in use after ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/**
 * Starts the servers and the worker and the proxy in front of the servers; resolves when all
 * answer. Internal ports are `port + 1 … port + servers` for the servers and `port + servers + 1`
 * for the worker unless `internalPorts` (servers first, then the worker) says otherwise.
 * `onOutput(label, text)` sees every process's output as it comes (it is also kept for failure
 * reports: `service.output()`).
 * The env of every process: NODE_ENV=production, one fresh JWT/cookie secret pair for the whole
 * stack, TRUSTED_PROXIES=loopback, DATABASE_URL, REDIS_URL, DISABLE_MEDUSA_ADMIN=true,
 * MEDUSA_BACKEND_URL (the public address), then `env`, then MEDUSA_WORKER_MODE of its role.
 */
export async function startMultiProcessStack({
  databaseUrl,
  redisUrl,
  port,
  servers = 2,
  env = {},
  log = () => {},
  internalPorts = null,
  onOutput = null,
  timeoutMs = 240_000,
}) {
  if (!databaseUrl) throw new Error("startMultiProcessStack: databaseUrl is required")
  if (!redisUrl) throw new Error("startMultiProcessStack: redisUrl is required (the processes share events, workflows and locks through it)")
  if (!Number.isInteger(servers) || servers < 1) throw new Error(`startMultiProcessStack: servers must be 1 or more, got ${servers}`)
  const ports = internalPorts ?? Array.from({ length: servers + 1 }, (_, i) => port + 1 + i)
  if (ports.length !== servers + 1) throw new Error(`startMultiProcessStack: internalPorts needs ${servers + 1} ports`)

  const url = `http://127.0.0.1:${port}`
  const baseEnv = {
    NODE_ENV: "production",
    ...freshSecrets(),
    TRUSTED_PROXIES: "loopback",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_BACKEND_URL: url,
    ...env,
  }

  const serverSlots = ports.slice(0, servers).map((p, i) => ({ label: `server-${i + 1}`, port: p, role: "server", service: null }))
  const workerSlot = { label: "worker", port: ports[servers], role: "worker", service: null }

  function launch(slot) {
    const service = startService("pnpm", ["exec", "medusa", "start", "--port", String(slot.port)], {
      cwd: BACKEND_DIR,
      label: slot.label,
      quiet: true,
      env: { ...baseEnv, PORT: String(slot.port), MEDUSA_WORKER_MODE: slot.role },
    })
    if (onOutput) {
      service.child.stdout.on("data", (chunk) => onOutput(slot.label, chunk.toString()))
      service.child.stderr.on("data", (chunk) => onOutput(slot.label, chunk.toString()))
    }
    slot.service = service
    return service
  }

  async function up(slot) {
    if (slot.service && !slot.service.exited) return slot
    const since = Date.now()
    await waitForPortFree(slot.port)
    const service = launch(slot)
    // The worker registers no routes but answers Medusa's own GET /health once its loaders (event
    // bus consumers and scheduled jobs included) have run.
    await waitForHttp(`http://127.0.0.1:${slot.port}/health`, { service, timeoutMs })
    log(`${slot.label} (pid ${service.child.pid}) up on port ${slot.port} in ${((Date.now() - since) / 1000).toFixed(1)} s`)
    return slot
  }

  async function kill(slot, signal) {
    const service = slot.service
    if (!service || service.exited) return
    if (signal === "SIGTERM") return service.stop()
    try {
      // The whole group: pnpm and the node process running Medusa under it.
      process.kill(-service.child.pid, signal)
    } catch {}
    if (signal === "SIGKILL" || signal === 9) await service.exitedPromise
    log(`${slot.label} (pid ${service.child.pid}) sent ${signal}`)
  }

  const proxy = await startRoundRobinProxy({ port, targets: () => serverSlots, log })
  const stop = async () => {
    await Promise.all([...serverSlots, workerSlot].map((slot) => slot.service?.stop()))
    await proxy.close()
  }
  try {
    // All at once: each takes its time loading; they do not wait on each other.
    const results = await Promise.allSettled([...serverSlots, workerSlot].map((slot) => up(slot)))
    const failed = results.find((r) => r.status === "rejected")
    if (failed) throw failed.reason
  } catch (error) {
    await stop()
    throw error
  }

  const serverAt = (index) => {
    const slot = serverSlots[index]
    if (!slot) throw new Error(`No server ${index}: the stack has ${serverSlots.length} (0-based)`)
    return slot
  }
  const view = (slot) => ({ label: slot.label, port: slot.port, get service() { return slot.service } })

  return {
    url,
    servers: serverSlots.map(view),
    worker: view(workerSlot),
    env: baseEnv,
    killWorker: (signal = "SIGKILL") => kill(workerSlot, signal),
    startWorker: async () => (await up(workerSlot), view(workerSlot)),
    killServer: (index, signal = "SIGKILL") => kill(serverAt(index), signal),
    startServer: async (index) => (await up(serverAt(index)), view(serverAt(index))),
    processes: () =>
      [...serverSlots, workerSlot].map((slot) => ({
        label: slot.label,
        role: slot.role,
        port: slot.port,
        pid: slot.service?.child.pid ?? null,
        exited: slot.service?.exited ?? true,
      })),
    stop,
  }
}
