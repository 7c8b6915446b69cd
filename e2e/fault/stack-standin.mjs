// A minimal stand-in for scripts/lib/multi-process-stack.mjs (the TOPOLOGY engineer's, common brief
// §1) with the same interface, until that lands on main; run.mjs uses the real one when it exists.
// `servers` × `medusa start` with MEDUSA_WORKER_MODE=server and one worker, each on its own port,
// behind a round-robin proxy on `port` that skips a server refusing connections.
import http from "node:http"
import { BACKEND_DIR } from "../../scripts/lib/marketplace.mjs"
import { startService, waitForHttp } from "../../scripts/lib/process.mjs"
import { freshSecrets } from "../../scripts/lib/secrets.mjs"

export async function startMultiProcessStack({ databaseUrl, redisUrl, port, servers = 2, env = {}, log = () => {}, onOutput = null }) {
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
  const slots = [
    ...Array.from({ length: servers }, (_, i) => ({ label: `server-${i + 1}`, port: port + 1 + i, role: "server", service: null })),
  ]
  const worker = { label: "worker", port: port + 1 + servers, role: "worker", service: null }
  const launch = (slot) => {
    slot.service = startService("pnpm", ["exec", "medusa", "start", "--port", String(slot.port)], {
      cwd: BACKEND_DIR,
      label: slot.label,
      quiet: true,
      env: { ...baseEnv, MEDUSA_WORKER_MODE: slot.role },
    })
    if (onOutput) {
      slot.service.child.stdout.on("data", (chunk) => onOutput(slot.label, chunk.toString()))
      slot.service.child.stderr.on("data", (chunk) => onOutput(slot.label, chunk.toString()))
    }
    return waitForHttp(`http://127.0.0.1:${slot.port}/health`, { service: slot.service, timeoutMs: 300_000 })
  }

  let next = 0
  const proxy = http.createServer((request, response) => {
    const chunks = []
    request.on("data", (c) => chunks.push(c))
    request.on("end", () => {
      const body = Buffer.concat(chunks)
      const order = slots.map((_, i) => slots[(next + i) % slots.length])
      next = (next + 1) % slots.length
      const attempt = (k) => {
        const slot = order[k]
        if (!slot) {
          response.writeHead(502, { "content-type": "application/json" })
          response.end(JSON.stringify({ message: "no server answers" }))
          return
        }
        const upstream = http.request(
          { host: "127.0.0.1", port: slot.port, method: request.method, path: request.url, headers: { ...request.headers, "x-forwarded-for": [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ") } },
          (answer) => {
            response.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.pipe(response)
          }
        )
        upstream.on("error", (error) => {
          if (error.code === "ECONNREFUSED" && !response.headersSent) return attempt(k + 1)
          if (!response.headersSent) {
            response.writeHead(502, { "content-type": "application/json", "x-upstream-lost": slot.label })
            response.end(JSON.stringify({ message: `${slot.label}: ${error.code ?? error.message}` }))
          } else response.destroy()
        })
        upstream.end(body)
      }
      attempt(0)
    })
  })
  await new Promise((resolve) => proxy.listen(port, "127.0.0.1", resolve))
  await Promise.all([...slots, worker].map(launch))
  log(`stand-in stack up: ${url} → ${slots.map((s) => s.port).join(", ")}, worker on ${worker.port}`)

  const kill = async (slot, signal) => {
    if (!slot.service || slot.service.exited) return
    try {
      process.kill(-slot.service.child.pid, signal)
    } catch {}
    await slot.service.exitedPromise
  }
  return {
    url,
    servers: slots,
    worker,
    killWorker: (signal = "SIGKILL") => kill(worker, signal),
    startWorker: () => launch(worker),
    killServer: (index, signal = "SIGKILL") => kill(slots[index], signal),
    startServer: (index) => launch(slots[index]),
    processes: () => [...slots, worker].map((s) => ({ label: s.label, pid: s.service?.child.pid, exited: s.service?.exited ?? true })),
    async stop() {
      await Promise.all([...slots, worker].map((s) => s.service?.stop()))
      await new Promise((resolve) => proxy.close(resolve))
    },
  }
}
