// What the journeys share: the backend's URL, the demo logins, a step runner that saves a
// screenshot where a journey stops, and checks behind the pages (a Medusa administrator's token,
// captured amounts read from the e2e database).
import assert from "node:assert/strict"
import pg from "pg"
import { saveScreenshot } from "./browser.mjs"

export const BACKEND_URL = process.env.E2E_BACKEND_URL ?? "http://localhost:9100"

/** The demo password (backend/src/scripts/demo-data: DEMO_ADMIN_PASSWORD or "karyabinaan"). */
export const DEMO_PASSWORD = process.env.DEMO_ADMIN_PASSWORD ?? "karyabinaan"
export const staffEmail = (lapasHandle) => `staff+${lapasHandle}@karyabinaan.test`
export const financeEmail = (lapasHandle) => `finance+${lapasHandle}@karyabinaan.test`

/** A member's token for calling the scoped API the way the panel does. */
export async function memberToken(email) {
  const response = await fetch(`${BACKEND_URL}/auth/lapas_member/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const body = await response.json().catch(() => ({}))
  assert.ok(body.token, `${email} logs in to the scoped API: ${JSON.stringify(body)}`)
  return body.token
}

/** A call to the scoped API as that member: `{ status, body }` (body null when not JSON). */
export async function memberCall(token, path, init = {}) {
  const response = await fetch(`${BACKEND_URL}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...(init.headers ?? {}) },
  })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/**
 * Runs one step of a journey; when it fails, saves a screenshot `<shot>-failed.png` and fails with
 * the step's name, the page's URL and the original message, so a red run says where it stopped.
 */
export async function step(page, name, shot, fn) {
  try {
    return await fn()
  } catch (error) {
    let file = null
    try {
      file = await saveScreenshot(page, `${shot}-failed`)
    } catch {}
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(
      `Step "${name}" failed at ${page.url()}${file ? ` (screenshot ${file})` : ""}:\n${message}`,
      { cause: error }
    )
  }
}

/** A bearer token of a Medusa administrator (the national office), for setup through the admin API. */
export async function adminToken(email, password = DEMO_PASSWORD) {
  const response = await fetch(`${BACKEND_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok || !body.token) {
    throw new Error(`Login of ${email} through the admin API failed: HTTP ${response.status} ${JSON.stringify(body)}`)
  }
  return body.token
}

/** Whole rupiah captured so far on the payments of an order, read from the e2e database. */
export async function capturedRupiah(orderId) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT coalesce(sum(c.amount), 0)::numeric AS captured
         FROM order_payment_collection opc
         JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
         JOIN capture c ON c.payment_id = p.id AND c.deleted_at IS NULL
        WHERE opc.order_id = $1 AND opc.deleted_at IS NULL`,
      [orderId]
    )
    return Math.round(Number(rows[0].captured))
  } finally {
    await client.end()
  }
}

/** Today's date (YYYY-MM-DD) in an IANA zone, e.g. a lapas's Asia/Jakarta. */
export function todayIn(timeZone) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date())
}

/** A small valid PNG (a 1×1 pixel), standing in for a photo of a transfer receipt. */
export const RECEIPT_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)

/**
 * What a lapas's staff do in the panel for their part of a bank-transfer order, through the scoped
 * API the panel uses: log in as the lapas's staff member, confirm the transfer of the exact amount
 * (today, lapas time), pack every line and ship with a courier (its code, e.g. "jne") and a resi.
 * Answers the part after the shipment.
 */
export async function shipPartThroughApi({ orderId, lapasHandle, timeZone = "Asia/Jakarta", courier, resi }) {
  const login = await fetch(`${BACKEND_URL}/auth/lapas_member/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: staffEmail(lapasHandle), password: DEMO_PASSWORD }),
  })
  const { token } = await login.json().catch(() => ({}))
  if (!token) throw new Error(`Staff of ${lapasHandle} could not log in to the scoped API: HTTP ${login.status}`)
  const call = async (method, path, body) => {
    const response = await fetch(`${BACKEND_URL}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const answer = await response.json().catch(() => null)
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${JSON.stringify(answer)}`)
    return answer
  }
  const base = `/lapas-api/orders/${encodeURIComponent(orderId)}`
  const { parts } = await call("GET", base)
  if (parts.length !== 1) throw new Error(`Staff of ${lapasHandle} see ${parts.length} parts of ${orderId}, expected their own one`)
  const amount = parts[0].transfer?.expected_amount
  await call("POST", `${base}/transfer-confirmations`, { amount, transferred_on: todayIn(timeZone) })
  const packed = await call("POST", `${base}/fulfillments`, {})
  const fulfillment = packed.part.fulfilments.find((f) => !f.canceled_at && !f.shipped_at) ?? packed.part.fulfilments[0]
  const shipped = await call("POST", `${base}/fulfillments/${encodeURIComponent(fulfillment.id)}/shipment`, { courier, resi })
  return shipped.part
}
