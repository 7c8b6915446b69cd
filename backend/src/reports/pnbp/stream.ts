/**
 * Mechanics of a report download that must let go when its client does: the report runs in a
 * transaction holding a pool connection and server-side cursors, so a writer that waited forever
 * for `drain` on a response whose client had gone kept that connection idle in transaction (and
 * blocked a TRUNCATE and every ledger query queued behind its locks).
 *
 * - `closedSignal(out)` aborts when `out` closes before it finished (client gone, socket reset,
 *   response destroyed);
 * - `drained(out, signal)` waits for `drain`, but rejects when the signal aborts, when `out` fails,
 *   or when the client has read nothing for `STALL_MS` (a client that holds the socket open and
 *   stops reading);
 * - `abortableSql(trx, signal)` refuses every query once the signal aborted, so a cursor loop
 *   stops at its next FETCH and the transaction rolls back;
 * - `pipeInto(source, out, signal, work)` pipes a generated stream (pdfkit) into
 *   `out` with `stream.pipeline` (errors and premature close propagate, the source is destroyed)
 *   while `work` writes into the source.
 */
import { once } from "node:events"
import type { Readable, Writable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { SqlClient } from "../../lib/sql"

/** How long a download may wait for its client to read before it gives up (and rolls back). */
export const STALL_MS = 60_000

export class ClientGoneError extends Error {
  constructor(message = "The client closed the connection before the report was complete.") {
    super(message)
    this.name = "ClientGoneError"
  }
}

/** An AbortSignal that aborts when `out` closes (or fails) before it has finished. */
export function closedSignal(out: Writable): AbortSignal {
  const controller = new AbortController()
  const abort = () => {
    if (!out.writableFinished) controller.abort(new ClientGoneError())
  }
  if (out.destroyed) abort()
  else {
    out.once("close", abort)
    out.once("error", abort)
  }
  return controller.signal
}

/** Waits for `out` to drain; rejects when `signal` aborts, `out` errors, or it stalls for STALL_MS. */
export async function drained(out: Writable, signal: AbortSignal, stallMs = STALL_MS): Promise<void> {
  signal.throwIfAborted()
  try {
    await once(out, "drain", { signal: AbortSignal.any([signal, AbortSignal.timeout(stallMs)]) })
  } catch (error) {
    if (signal.aborted) throw signal.reason
    if ((error as Error)?.name === "AbortError") {
      throw new ClientGoneError(`The client read nothing for ${stallMs / 1000} s; the report was abandoned.`)
    }
    throw error
  }
}

/** Writes `chunk`, waiting for `drain` when `out` asks for it (see `drained`). */
export async function put(out: Writable, chunk: string | Buffer, signal: AbortSignal) {
  signal.throwIfAborted()
  if (!out.write(chunk)) await drained(out, signal)
}

/** `sql` that refuses every query once `signal` has aborted (as a rejected promise). */
export function abortableSql(sql: SqlClient, signal: AbortSignal): SqlClient {
  return {
    raw(text, bindings) {
      if (signal.aborted) return Promise.reject(signal.reason)
      return sql.raw(text, bindings)
    },
  }
}

/**
 * Pipes `source` into `out` (stream.pipeline: `out` is ended when `source` ends; a premature close
 * or an error on either side destroys both) while `work` produces the source's content and ends
 * it. Resolves when everything is written; rejects with the first failure, after destroying
 * `source` so nothing keeps waiting.
 */
export async function pipeInto(source: Readable, out: Writable, signal: AbortSignal, work: () => Promise<void>) {
  const piped = pipeline(source, out, { signal })
  // Observed below; without this a premature close would be an unhandled rejection meanwhile.
  piped.catch(() => undefined)
  try {
    await work()
  } catch (error) {
    source.destroy()
    await piped.catch(() => undefined)
    throw error
  }
  await piped
}
