// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { BACKEND, KEY, stubBackend, type Reply } from "../../../test/fake-backend"
import { accountDigits, placeBackendMessage, todayIn } from "./transfer-notice"

const revalidatePath = vi.fn()
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidatePath(path) }))
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}))
vi.mock("next/navigation", () => ({ redirect: () => {} }))

let reply: Reply | undefined
let fetchMock: Mock

beforeEach(() => {
  vi.resetModules()
  reply = { status: 201, body: { notice: {} } }
  fetchMock = stubBackend(() => reply)
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  revalidatePath.mockClear()
})

function form(fields: Record<string, string>, proof?: File): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  data.set("proof", proof ?? new File([], "", { type: "application/octet-stream" }))
  return data
}

const filled = {
  order_id: "order_01ABC",
  lapas_handle: "bojonegoro",
  amount: "170.000",
  transferred_on: "2026-03-02",
  sender_name: " Budi Santoso ",
  sender_bank: "",
}

async function send(data: FormData) {
  const { sendTransferNoticeAction } = await import("./actions")
  return sendTransferNoticeAction({}, data)
}

describe("sendTransferNoticeAction", () => {
  it("posts the notice as multipart with the proof photo, like the summary (publishable key), then renders the order again", async () => {
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], "bukti.jpg", { type: "image/jpeg" })
    expect(await send(form(filled, photo))).toEqual({ sent: { amount: 170000, transferred_on: "2026-03-02" } })

    expect(fetchMock).toHaveBeenCalledTimes(1)
    const [input, init] = fetchMock.mock.calls[0] as [URL, RequestInit]
    expect(String(input)).toBe(`${BACKEND}/store/orders/order_01ABC/transfer-notices`)
    expect(init.method).toBe("POST")
    const headers = new Headers(init.headers)
    expect(headers.get("x-publishable-api-key")).toBe(KEY)
    expect(headers.get("x-forwarded-for")).toBe("203.0.113.7")
    // No JSON content type: fetch writes the multipart boundary itself.
    expect(headers.get("content-type")).toBeNull()
    const body = init.body as FormData
    expect(body).toBeInstanceOf(FormData)
    expect(Object.fromEntries([...body.entries()].filter(([, value]) => typeof value === "string"))).toEqual({
      lapas_handle: "bojonegoro",
      amount: "170000",
      transferred_on: "2026-03-02",
      sender_name: "Budi Santoso",
    })
    const proof = body.get("proof") as File
    expect(proof.name).toBe("bukti.jpg")
    expect(proof.size).toBe(4)
    expect(revalidatePath).toHaveBeenCalledWith("/pesanan/order_01ABC")
  })

  it("sends no empty photo and no empty optional fields", async () => {
    await send(form({ ...filled, sender_name: "" }))
    const body = (fetchMock.mock.calls[0][1] as RequestInit).body as FormData
    expect([...body.keys()].sort()).toEqual(["amount", "lapas_handle", "transferred_on"])
  })

  it("refuses what the API's schema refuses, in its Indonesian words, without asking the backend", async () => {
    const state = await send(form({ ...filled, amount: "0", transferred_on: "2 Maret", sender_name: "x".repeat(121) }))
    expect(state.errors).toEqual({
      amount: "Jumlah harus lebih dari 0.",
      transferred_on: "Tanggal transfer ditulis YYYY-MM-DD, misalnya 2026-12-07.",
      sender_name: "Nama pengirim paling banyak 120 huruf.",
    })
    expect(state.values?.transferred_on).toBe("2 Maret")
    expect(fetchMock).not.toHaveBeenCalled()
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it("refuses a photo over 8 MB or not a photo, and an unknown order id, without asking the backend", async () => {
    const big = new File([new Uint8Array(7_900_001)], "besar.jpg", { type: "image/jpeg" })
    expect(await send(form(filled, big))).toMatchObject({ proof: "too_large" })
    const pdf = new File([new Uint8Array([37, 80, 68, 70])], "bukti.pdf", { type: "application/pdf" })
    expect(await send(form(filled, pdf))).toMatchObject({ proof: "not_image" })
    expect(await send(form({ ...filled, order_id: "../admin" }))).toMatchObject({ failure: "order_missing" })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("places the backend's 400 message next to its field, the rest above the form", async () => {
    reply = {
      status: 400,
      body: { type: "invalid_data", message: "Invalid request: Tanggal transfer ditulis YYYY-MM-DD, misalnya 2026-12-07.; Bagian ini sudah dikonfirmasi lapas." },
    }
    const state = await send(form(filled))
    expect(state.errors).toEqual({ transferred_on: "Tanggal transfer ditulis YYYY-MM-DD, misalnya 2026-12-07." })
    expect(state.message).toBe("Bagian ini sudah dikonfirmasi lapas.")
    expect(state.values?.amount).toBe("170.000")
    expect(state.sent).toBeUndefined()
    expect(revalidatePath).not.toHaveBeenCalled()
  })

  it("says the order is not found on a 404 and the shop is unavailable on a 5xx", async () => {
    reply = { status: 404, body: { message: "Not found" } }
    expect(await send(form(filled))).toMatchObject({ failure: "order_missing" })
    reply = { status: 503, body: { message: "down" } }
    vi.spyOn(console, "error").mockImplementation(() => {})
    expect(await send(form(filled))).toMatchObject({ failure: "unavailable" })
  })
})

describe("transfer notice rules", () => {
  it("copies account numbers as the digits a bank app takes", () => {
    expect(accountDigits("0123-01-000123-30-1")).toBe("012301000123301")
    expect(accountDigits("1500 2000 3")).toBe("150020003")
    expect(accountDigits("BRI-AB 12")).toBe("BRI-AB 12")
  })

  it("takes today in the lapas's zone", () => {
    const lateEvening = new Date("2026-03-02T16:30:00Z")
    expect(todayIn("Asia/Jakarta", lateEvening)).toBe("2026-03-02")
    expect(todayIn("Asia/Jayapura", lateEvening)).toBe("2026-03-03")
  })

  it("reads field names and Indonesian words in backend messages", () => {
    expect(placeBackendMessage("proof must be a photo (JPEG, PNG, WebP or AVIF) of the transfer receipt.")).toEqual({
      errors: { proof: "proof must be a photo (JPEG, PNG, WebP or AVIF) of the transfer receipt." },
    })
    expect(placeBackendMessage("Invalid request: Jumlah harus lebih dari 0.")).toEqual({ errors: { amount: "Jumlah harus lebih dari 0." } })
    expect(placeBackendMessage("Pesanan ini tidak menunggu transfer.")).toEqual({ message: "Pesanan ini tidak menunggu transfer." })
  })
})
