// The local Xendit simulator (scripts/xendit-simulator.mjs): Xendit's auth and idempotency, the VA
// page a developer pays from, and the `payment.succeeded` webhook it sends with the callback token.
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { createServer } from "node:http"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { after, before, test } from "node:test"
import { qrisCrc16, simulatorSecrets, startXenditSimulator } from "../xendit-simulator.mjs"

const { secretKey, callbackToken } = simulatorSecrets()
const auth = (key = secretKey) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`

/** A stand-in for the backend's webhook route: records what arrives, answers `nextStatuses` in turn (then 200). */
const received = []
const nextStatuses = []
const hooks = createServer((req, res) => {
  const chunks = []
  req.on("data", (c) => chunks.push(c))
  req.on("end", () => {
    received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString()) })
    res.writeHead(nextStatuses.shift() ?? 200, { "content-type": "application/json" })
    res.end("{}")
  })
})

let sim
before(async () => {
  await new Promise((r) => hooks.listen(0, "127.0.0.1", r))
  sim = await startXenditSimulator({
    port: 0,
    secretKey,
    callbackToken,
    webhookUrl: `http://127.0.0.1:${hooks.address().port}/hooks/payment/xendit_xendit`,
    retryDelayMs: 1,
  })
})
after(async () => {
  await sim?.close()
  await new Promise((r) => hooks.close(r))
})

async function call(method, path, body, headers = {}) {
  const response = await fetch(`${sim.url}${path}`, {
    method,
    redirect: "manual",
    headers: { authorization: auth(), ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  let json = null
  try {
    json = JSON.parse(text)
  } catch {}
  return { status: response.status, body: json, text, location: response.headers.get("location") }
}

const splitRule = (session) => ({
  name: `Karya Binaan ${session}`,
  routes: [
    { flat_amount: 60_000, currency: "IDR", destination_account_id: "sub-bojonegoro", reference_id: "lapas-bojonegoro" },
    { flat_amount: 40_000, currency: "IDR", destination_account_id: "sub-tanjungpinang", reference_id: "lapas-tanjungpinang" },
  ],
})

const vaRequest = (session, amount = 100_000) => ({
  reference_id: session,
  amount,
  currency: "IDR",
  country: "ID",
  payment_method: {
    type: "VIRTUAL_ACCOUNT",
    reusability: "ONE_TIME_USE",
    virtual_account: { channel_code: "BCA", channel_properties: { customer_name: "Sari Wulandari", expires_at: "2030-01-01T00:00:00.000Z" } },
  },
  metadata: { session_id: session },
})

async function formPost(path, fields) {
  const response = await fetch(`${sim.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  })
  return { status: response.status, location: response.headers.get("location") }
}

test("the API refuses a missing or wrong secret key with Xendit's 401 INVALID_API_KEY", async () => {
  for (const authorization of [undefined, auth("xnd_development_wrong"), `Bearer ${secretKey}`]) {
    const answer = await call("POST", "/payment_requests", vaRequest("payses_noauth"), authorization ? { authorization } : { authorization: "" })
    assert.equal(answer.status, 401)
    assert.equal(answer.body.error_code, "INVALID_API_KEY")
  }
  assert.equal(sim.paymentRequests().length, 0, "nothing was created")
})

test("the same idempotency-key answers the first payment request again; an unknown split rule is refused", async () => {
  const rule = await call("POST", "/split_rules", splitRule("payses_1"), { "idempotency-key": "split-payses_1" })
  assert.equal(rule.status, 201)
  assert.match(rule.body.id, /^splitru_/)
  const ruleAgain = await call("POST", "/split_rules", splitRule("payses_1"), { "idempotency-key": "split-payses_1" })
  assert.equal(ruleAgain.body.id, rule.body.id, "a retried split rule is the same rule")

  const headers = { "idempotency-key": "payses_1", "with-split-rule": rule.body.id }
  const first = await call("POST", "/payment_requests", vaRequest("payses_1"), headers)
  assert.equal(first.status, 201)
  assert.match(first.body.id, /^pr-/)
  assert.equal(first.body.status, "PENDING")
  const va = first.body.payment_method.virtual_account.channel_properties.virtual_account_number
  assert.match(va, /^10766\d{11}$/, `a BCA VA number: ${va}`)
  const again = await call("POST", "/payment_requests", vaRequest("payses_1"), headers)
  assert.deepEqual(again.body, first.body, "same key, same answer")
  const other = await call("POST", "/payment_requests", vaRequest("payses_2"), { "idempotency-key": "payses_2" })
  assert.notEqual(other.body.id, first.body.id, "another key is another request")
  assert.equal(sim.paymentRequests().length, 2)

  const unknownRule = await call("POST", "/payment_requests", vaRequest("payses_3"), { "idempotency-key": "payses_3", "with-split-rule": "splitru_nope" })
  assert.equal(unknownRule.status, 404)
  const fraction = await call("POST", "/payment_requests", vaRequest("payses_4", 100.5), { "idempotency-key": "payses_4" })
  assert.equal(fraction.status, 400)
  assert.match(fraction.body.message, /whole number of rupiah/)

  const record = sim.record(first.body.id)
  assert.deepEqual(
    record.split_rule.routes.map((r) => [r.destination_account_id, r.flat_amount]),
    [["sub-bojonegoro", 60_000], ["sub-tanjungpinang", 40_000]]
  )
})

test("paying by VA number on the page sends payment.succeeded with the callback token, retried on 5xx under one webhook-id", async () => {
  const created = await call("POST", "/payment_requests", vaRequest("payses_pay", 75_000), { "idempotency-key": "payses_pay" })
  const va = created.body.payment_method.virtual_account.channel_properties.virtual_account_number

  const found = await fetch(`${sim.url}/bayar?va=${va}`, { redirect: "manual" })
  assert.equal(found.status, 303)
  assert.equal(found.headers.get("location"), `/bayar/${created.body.id}`)
  const page = await (await fetch(`${sim.url}/bayar/${created.body.id}`)).text()
  assert.match(page, /Bayar sekarang/)
  assert.match(page, /Rp 75\.000/)
  assert.equal((await fetch(`${sim.url}/bayar?va=1234`)).status, 404)

  received.length = 0
  nextStatuses.push(503)
  const paid = await formPost(`/bayar/${created.body.id}`, { action: "bayar" })
  assert.equal(paid.status, 303)
  assert.equal(received.length, 2, "one retry after the 503")
  const [firstTry, retry] = received
  assert.equal(firstTry.headers["x-callback-token"], callbackToken)
  assert.ok(firstTry.headers["webhook-id"], "a webhook-id")
  assert.equal(retry.headers["webhook-id"], firstTry.headers["webhook-id"], "a retry is the same event")
  const { event, data } = retry.body
  assert.equal(event, "payment.succeeded")
  assert.equal(data.status, "SUCCEEDED")
  assert.equal(data.payment_request_id, created.body.id)
  assert.equal(data.reference_id, "payses_pay")
  assert.equal(data.amount, 75_000)
  assert.deepEqual(data.metadata, { session_id: "payses_pay" })
  assert.match(data.id, /^py-/)

  const after = await call("GET", `/payment_requests/${created.body.id}`)
  assert.equal(after.body.status, "SUCCEEDED")
  assert.match(await (await fetch(`${sim.url}/bayar/${created.body.id}`)).text(), /data-status="SUCCEEDED"/)

  received.length = 0
  await formPost(`/bayar/${created.body.id}`, { action: "bayar" })
  assert.equal(received.length, 0, "a paid request is not paid twice")
  await formPost(`/bayar/${created.body.id}`, { action: "kirim-ulang" })
  assert.equal(received.length, 1, "'Kirim ulang webhook' replays the event")
  assert.equal(received[0].headers["webhook-id"], firstTry.headers["webhook-id"], "under the same webhook-id")
  assert.deepEqual(received[0].body, retry.body)
})

test("'Kedaluwarsa' marks the request expired and sends nothing", async () => {
  const created = await call("POST", "/payment_requests", vaRequest("payses_exp"), { "idempotency-key": "payses_exp" })
  received.length = 0
  await formPost(`/bayar/${created.body.id}`, { action: "kedaluwarsa" })
  assert.equal(received.length, 0)
  assert.equal((await call("GET", `/payment_requests/${created.body.id}`)).body.status, "EXPIRED")
  assert.match(await (await fetch(`${sim.url}/bayar/${created.body.id}`)).text(), /Kedaluwarsa/)
})

test("refunds: idempotent, never more than was paid, only for a paid request", async () => {
  const created = await call("POST", "/payment_requests", vaRequest("payses_ref", 50_000), { "idempotency-key": "payses_ref" })
  const body = { payment_request_id: created.body.id, amount: 50_000, reason: "REQUESTED_BY_CUSTOMER", reference_id: "payses_ref" }
  assert.equal((await call("POST", "/refunds", body, { "idempotency-key": "ref_1" })).status, 400, "not paid yet")
  await sim.pay(created.body.id)
  const refund = await call("POST", "/refunds", body, { "idempotency-key": "ref_1" })
  assert.equal(refund.body.status, "SUCCEEDED")
  assert.match(refund.body.id, /^rfd-/)
  const again = await call("POST", "/refunds", body, { "idempotency-key": "ref_1" })
  assert.equal(again.body.id, refund.body.id, "a retried refund is the same refund")
  const more = await call("POST", "/refunds", { ...body, amount: 1 }, { "idempotency-key": "ref_2" })
  assert.equal(more.status, 400)
  assert.equal(more.body.error_code, "MAXIMUM_REFUND_AMOUNT_REACHED")
  assert.equal((await call("GET", `/refunds/${refund.body.id}`)).body.amount, 50_000)
})

test("QRIS answers a QRIS-shaped string with a valid CRC; e-wallets point at the simulator's pay page", async () => {
  const qris = await call("POST", "/payment_requests", {
    reference_id: "payses_qr",
    amount: 125_000,
    currency: "IDR",
    payment_method: { type: "QR_CODE", reusability: "ONE_TIME_USE", qr_code: { channel_code: "QRIS", channel_properties: {} } },
  })
  const qr = qris.body.payment_method.qr_code.channel_properties.qr_string
  assert.ok(qr.startsWith("000201010212"), `a dynamic EMVCo payload: ${qr}`)
  assert.ok(qr.includes("5303360") && qr.includes("5406125000") && qr.includes("5802ID"), `IDR, Rp 125.000, ID: ${qr}`)
  assert.equal(qr.slice(-4), qrisCrc16(qr.slice(0, -4)), "the CRC matches")

  const dana = await call("POST", "/payment_requests", {
    reference_id: "payses_dana",
    amount: 30_000,
    currency: "IDR",
    payment_method: { type: "EWALLET", reusability: "ONE_TIME_USE", ewallet: { channel_code: "DANA", channel_properties: { success_return_url: "http://shop/checkout/selesai?xendit=payses_dana" } } },
  })
  assert.equal(dana.body.status, "REQUIRES_ACTION")
  const types = Object.fromEntries(dana.body.actions.map((a) => [a.url_type, a.url]))
  assert.ok(types.WEB.startsWith(`${sim.url}/bayar/${dana.body.id}`))
  assert.ok(types.DEEPLINK.startsWith(`${sim.url}/bayar/${dana.body.id}`))
  const ovo = await call("POST", "/payment_requests", {
    reference_id: "payses_ovo",
    amount: 30_000,
    currency: "IDR",
    payment_method: { type: "EWALLET", reusability: "ONE_TIME_USE", ewallet: { channel_code: "OVO", channel_properties: {} } },
  })
  assert.equal(ovo.status, 400, "OVO needs the buyer's number")
})

test("it refuses to start with NODE_ENV=production", async () => {
  const saved = process.env.NODE_ENV
  process.env.NODE_ENV = "production"
  try {
    await assert.rejects(startXenditSimulator({ port: 0, secretKey, callbackToken, webhookUrl: "http://127.0.0.1:1/" }), /refuses to run with NODE_ENV=production/)
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = saved
  }
  const cli = spawnSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), "../xendit-simulator.mjs")], {
    env: { ...process.env, NODE_ENV: "production", XENDIT_SIMULATOR_PORT: "0" },
    encoding: "utf8",
    timeout: 10_000,
  })
  assert.equal(cli.status, 1)
  assert.match(cli.stderr, /refuses to run with NODE_ENV=production/)
})
