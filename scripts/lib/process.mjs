// Child processes for the dev and test scripts: run to completion, or keep in the background.
import { spawn } from "node:child_process"

export const MEDUSA_ENV = { MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }

/**
 * Runs to completion, output shown; `onOutput(chunk, stream)` (when given) also sees every chunk of
 * it, the output then piped through rather than inherited (the child sees no terminal).
 */
export function run(command, args, { cwd, env = {}, label, onOutput } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...MEDUSA_ENV, ...env },
      stdio: onOutput ? ["inherit", "pipe", "pipe"] : "inherit",
    })
    if (onOutput) {
      child.stdout.on("data", (chunk) => (process.stdout.write(chunk), onOutput(chunk, "stdout")))
      child.stderr.on("data", (chunk) => (process.stderr.write(chunk), onOutput(chunk, "stderr")))
    }
    child.on("exit", (code, signal) => {
      const status = code ?? (signal ? 1 : 0)
      if (!onOutput) return resolve(status)
      // The pipes' last chunks may still be in flight; a grandchild left holding them must not hang us.
      const ended = [child.stdout, child.stderr].map((s) => (s.closed ? null : new Promise((done) => s.once("close", done))))
      let timer
      const late = new Promise((done) => (timer = setTimeout(done, 2000)))
      Promise.race([Promise.all(ended), late]).then(() => (clearTimeout(timer), resolve(status)))
    })
    child.on("error", (error) => {
      console.error(`${label ?? command}: ${error.message}`)
      resolve(1)
    })
  })
}

/** run(), with the output kept (stdout and stderr in order) instead of shown: `{ code, output }`. */
export function runCaptured(command, args, { cwd, env = {}, label } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...MEDUSA_ENV, FORCE_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    const chunks = []
    child.stdout.on("data", (chunk) => chunks.push(chunk))
    child.stderr.on("data", (chunk) => chunks.push(chunk))
    child.on("exit", (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() })
    )
    child.on("error", (error) => resolve({ code: 1, output: `${label ?? command}: ${error.message}\n` }))
  })
}

export async function runOrThrow(command, args, options = {}) {
  const code = await run(command, args, options)
  if (code !== 0) {
    throw new Error(`${options.label ?? [command, ...args].join(" ")} exited with ${code}`)
  }
}

/** Starts a long-running process in its own process group so it can be stopped with its children. */
export function startService(command, args, { cwd, env = {}, label, quiet = false }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...MEDUSA_ENV, ...env },
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    detached: true,
  })
  const output = []
  if (quiet) {
    const keep = (chunk) => {
      output.push(chunk.toString())
      if (output.length > 400) output.splice(0, output.length - 400)
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
  }
  let exited = false
  const exitedPromise = new Promise((resolve) => child.on("exit", (code) => { exited = true; resolve(code) }))
  return {
    label,
    child,
    get exited() { return exited },
    exitedPromise,
    output: () => output.join(""),
    async stop() {
      if (exited) return
      try { process.kill(-child.pid, "SIGTERM") } catch { return }
      const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL") } catch {} }, 10_000)
      await exitedPromise
      clearTimeout(timer)
    },
  }
}

export async function waitForHttp(url, { timeoutMs = 180_000, service } = {}) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (service?.exited) {
      throw new Error(`${service.label} stopped before ${url} answered:\n${service.output().slice(-4000)}`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.status < 500) return Date.now() - started
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s${service ? `:\n${service.output().slice(-4000)}` : ""}`)
}
