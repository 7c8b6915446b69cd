import http from "node:http"

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: any }

/**
 * A JSON POST to the test server from a chosen local address (any of 127.0.0.0/8 on Linux), so a
 * test can be several clients without trusting X-Forwarded-For; `forwardedFor` sets that header.
 */
export function postFrom(
  baseURL: string,
  path: string,
  body: unknown,
  { from = "127.0.0.1", forwardedFor, headers = {} }: { from?: string; forwardedFor?: string; headers?: Record<string, string> } = {}
): Promise<Answer> {
  const url = new URL(path, baseURL)
  const payload = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname + url.search,
        method: "POST",
        localAddress: from,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
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
    req.end(payload)
  })
}
