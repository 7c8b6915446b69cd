// The round-robin proxy of the multi-process stack, against small node:http servers.
import assert from "node:assert/strict"
import http from "node:http"
import net from "node:net"
import { after, before, describe, it } from "node:test"
import { startRoundRobinProxy } from "../lib/multi-process-stack.mjs"

async function freePort() {
  const server = net.createServer()
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** An upstream that echoes what it received, with two cookies and its name. */
async function echoServer(name) {
  const server = http.createServer(async (request, response) => {
    const chunks = []
    for await (const chunk of request) chunks.push(chunk)
    response.setHeader("set-cookie", ["a=1; HttpOnly", "b=2"])
    response.setHeader("content-type", "application/json")
    response.end(
      JSON.stringify({
        name,
        method: request.method,
        url: request.url,
        body: Buffer.concat(chunks).toString(),
        authorization: request.headers.authorization ?? null,
        cookie: request.headers.cookie ?? null,
        forwardedFor: request.headers["x-forwarded-for"] ?? null,
        host: request.headers.host ?? null,
      })
    )
  })
  const port = await freePort()
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve))
  return { port, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) }
}

describe("round-robin proxy", () => {
  let one, two, proxy, proxyPort, refusedPort
  const targets = []

  before(async () => {
    one = await echoServer("one")
    two = await echoServer("two")
    refusedPort = await freePort()
    proxyPort = await freePort()
    targets.push({ port: one.port }, { port: refusedPort }, { port: two.port })
    proxy = await startRoundRobinProxy({ port: proxyPort, targets: () => targets })
  })
  after(async () => {
    await proxy.close()
    await one.close()
    await two.close()
  })

  it("spreads requests over the servers that accept and skips one that refuses", async () => {
    const names = []
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`http://127.0.0.1:${proxyPort}/store/products?i=${i}`)
      assert.equal(response.status, 200)
      names.push((await response.json()).name)
    }
    assert.deepEqual(new Set(names), new Set(["one", "two"]))
  })

  it("passes on a POST body, authorization, cookies, every Set-Cookie and the client address", async () => {
    for (let i = 0; i < 3; i++) {
      const body = JSON.stringify({ amount: "125000", i })
      const response = await fetch(`http://127.0.0.1:${proxyPort}/store/carts`, {
        method: "POST",
        headers: { authorization: "Bearer abc", cookie: "connect.sid=s1", "content-type": "application/json", "x-forwarded-for": "203.0.113.9" },
        body,
      })
      const echoed = await response.json()
      assert.equal(echoed.method, "POST")
      assert.equal(echoed.body, body)
      assert.equal(echoed.authorization, "Bearer abc")
      assert.equal(echoed.cookie, "connect.sid=s1")
      assert.equal(echoed.forwardedFor, "203.0.113.9, 127.0.0.1")
      assert.equal(echoed.host, `127.0.0.1:${proxyPort}`)
      assert.deepEqual(response.headers.getSetCookie(), ["a=1; HttpOnly", "b=2"])
    }
  })

  it("streams a large body through", async () => {
    const body = "x".repeat(3 * 1024 * 1024)
    const response = await fetch(`http://127.0.0.1:${proxyPort}/upload`, { method: "POST", body })
    assert.equal((await response.json()).body.length, body.length)
  })

  it("a server that goes away between requests costs no GET: it is sent to the next", async () => {
    const gone = await echoServer("gone")
    const stays = await echoServer("stays")
    const port = await freePort()
    const pair = await startRoundRobinProxy({ port, targets: () => [{ port: gone.port }, { port: stays.port }] })
    try {
      // Kept-alive connections to both, then one server dies with its connections.
      for (let i = 0; i < 4; i++) assert.equal((await fetch(`http://127.0.0.1:${port}/a`)).status, 200)
      await gone.close()
      const names = []
      for (let i = 0; i < 6; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/b`)
        assert.equal(response.status, 200)
        names.push((await response.json()).name)
      }
      assert.deepEqual(new Set(names), new Set(["stays"]))
    } finally {
      await pair.close()
      await stays.close()
    }
  })

  it("answers 502 with JSON when no server accepts", async () => {
    const port = await freePort()
    const lonely = await startRoundRobinProxy({ port, targets: () => [{ port: refusedPort }] })
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`)
      assert.equal(response.status, 502)
      assert.match(response.headers.get("content-type"), /application\/json/)
      assert.equal((await response.json()).type, "bad_gateway")
    } finally {
      await lonely.close()
    }
  })
})
