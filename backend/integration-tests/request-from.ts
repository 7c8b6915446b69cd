import http from "node:http"

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: any }

type From = { from?: string; forwardedFor?: string; headers?: Record<string, string> }

/**
 * A JSON POST to the test server from a chosen local address (any of 127.0.0.0/8 on Linux), so a
 * test can be several clients without trusting X-Forwarded-For; `forwardedFor` sets that header.
 */
export function postFrom(baseURL: string, path: string, body: unknown, from: From = {}): Promise<Answer> {
  return requestFrom(baseURL, "POST", path, JSON.stringify(body), from)
}

/** A GET to the test server from a chosen local address, as postFrom. */
export function getFrom(baseURL: string, path: string, from: From = {}): Promise<Answer> {
  return requestFrom(baseURL, "GET", path, null, from)
}

function requestFrom(
  baseURL: string,
  method: "GET" | "POST",
  path: string,
  payload: string | null,
  { from = "127.0.0.1", forwardedFor, headers = {} }: From
): Promise<Answer> {
  const url = new URL(path, baseURL)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: from,
        headers: {
          ...(payload === null
            ? {}
            : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
          ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = ""
        res.setEncoding("utf8")
        res.on("data", (chunk) => (text += chunk))
        res.on("end", () => {
          let parsed: unknown = text
          try {
            parsed = text ? JSON.parse(text) : null
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed })
        })
      }
    )
    req.on("error", reject)
    req.end(payload ?? undefined)
  })
}
