import { describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import { lapasTimeZone } from "@/lib/util/lapas"
import type { TimelineEntry } from "@karya-binaan/contracts"
import {
  entryZone,
  groupStateKey,
  orderProgressKey,
  orderZone,
  progressFromStatuses,
  progressTone,
  timelineOf,
  timelineText,
} from "./progress"

const id = createTranslator("id")
const en = createTranslator("en")

function entry(overrides: Partial<TimelineEntry>): TimelineEntry {
  return { key: "placed", at: "2026-03-02T03:15:00.000Z", lapas_name: null, courier: null, resi: null, ...overrides }
}

const group = (name: string, time_zone: string | null) =>
  ({ lapas: { id: name, handle: null, name, city: null, province: null, time_zone } }) as never

describe("order progress words", () => {
  it("name every state of the order and of a lapas's part in both languages", () => {
    expect(
      (["awaiting_payment", "processing", "partially_shipped", "shipped", "delivered", "canceled"] as const).map(
        (state) => id(orderProgressKey(state))
      )
    ).toEqual(["Menunggu pembayaran", "Diproses", "Sebagian dikirim", "Dikirim", "Diterima", "Dibatalkan"])
    expect(
      (["awaiting_payment", "processing", "ready_for_pickup", "shipped", "delivered", "picked_up", "canceled"] as const).map(
        (state) => id(groupStateKey(state))
      )
    ).toEqual([
      "Menunggu pembayaran",
      "Diproses",
      "Siap diambil",
      "Dikirim",
      "Diterima",
      "Sudah diambil",
      "Dibatalkan",
    ])
    expect(en(groupStateKey("ready_for_pickup"))).toBe("Ready for pickup")
    expect(en(orderProgressKey("partially_shipped"))).toBe("Partly shipped")
    // An unknown state (a newer backend) still reads as being processed.
    expect(id(orderProgressKey("on_hold"))).toBe("Diproses")
    expect(progressTone("awaiting_payment")).toBe("warning")
    expect(progressTone("picked_up")).toBe("success")
    expect(progressTone("canceled")).toBe("danger")
    expect(progressTone("processing")).toBe("neutral")
  })

  it("derive the order's progress from Medusa's statuses when the summary is not at hand", () => {
    expect(progressFromStatuses({ status: "canceled", payment_status: "refunded" })).toBe("canceled")
    expect(progressFromStatuses({ status: "pending", payment_status: "authorized", payment_kind: "bank_transfer" })).toBe(
      "awaiting_payment"
    )
    expect(progressFromStatuses({ status: "pending", payment_status: "captured", fulfillment_status: "not_fulfilled" })).toBe(
      "processing"
    )
    expect(progressFromStatuses({ status: "pending", payment_status: "captured", fulfillment_status: "partially_shipped" })).toBe(
      "partially_shipped"
    )
    expect(progressFromStatuses({ status: "completed", payment_status: "captured", fulfillment_status: "delivered" })).toBe(
      "delivered"
    )
  })
})

describe("timeline texts", () => {
  it("tell who sent what with which courier and resi", () => {
    const shipped = entry({ key: "shipped", lapas_name: "Lapas Kelas IIA Bojonegoro", courier: "JNE", resi: "JP123" })
    expect(timelineText(shipped, id)).toBe("Dikirim oleh Lapas Kelas IIA Bojonegoro via JNE, resi JP123")
    expect(timelineText(shipped, en)).toBe("Sent by Lapas Kelas IIA Bojonegoro via JNE, tracking number JP123")
    expect(timelineText(entry({ key: "shipped", resi: "JP123" }), id)).toBe("Dikirim, resi JP123")
    expect(timelineText(entry({ key: "shipped", lapas_name: "Lapas A" }), id)).toBe("Dikirim oleh Lapas A")
  })

  it("have a sentence for every step, with and without a lapas", () => {
    const keys = ["placed", "paid", "ready_for_pickup", "delivered", "picked_up", "canceled", "refunded"] as const
    expect(keys.map((key) => timelineText(entry({ key }), id))).toEqual([
      "Pesanan dibuat",
      "Pembayaran dikonfirmasi",
      "Siap diambil",
      "Diterima",
      "Sudah diambil",
      "Pesanan dibatalkan",
      "Dana dikembalikan",
    ])
    expect(keys.map((key) => timelineText(entry({ key, lapas_name: "Lapas A" }), id))).toEqual([
      "Pesanan dibuat",
      "Pembayaran untuk Lapas A dikonfirmasi",
      "Siap diambil di Lapas A",
      "Kiriman dari Lapas A diterima",
      "Sudah diambil di Lapas A",
      "Bagian dari Lapas A dibatalkan",
      "Dana untuk Lapas A dikembalikan",
    ])
  })

  it("show at least when the order was placed", () => {
    expect(timelineOf({ created_at: "2026-03-02T03:15:00.000Z", timeline: [] })).toEqual([
      entry({ key: "placed", at: "2026-03-02T03:15:00.000Z" }),
    ])
  })
})

describe("time zones", () => {
  it("date a step in its lapas's zone, steps of the whole order in the one zone of its lapas or WIB", () => {
    expect(lapasTimeZone("Asia/Jayapura")).toBe("Asia/Jayapura")
    expect(lapasTimeZone("Europe/Amsterdam")).toBe("Asia/Jakarta")
    expect(lapasTimeZone(null)).toBe("Asia/Jakarta")
    const oneZone = { groups: [group("Lapas Makassar", "Asia/Makassar")] }
    expect(orderZone(oneZone)).toBe("Asia/Makassar")
    const twoZones = { groups: [group("Lapas Makassar", "Asia/Makassar"), group("Lapas Jayapura", "Asia/Jayapura")] }
    expect(orderZone(twoZones)).toBe("Asia/Jakarta")
    expect(entryZone(twoZones, { lapas_name: "Lapas Jayapura" })).toBe("Asia/Jayapura")
    expect(entryZone(twoZones, { lapas_name: null })).toBe("Asia/Jakarta")
    expect(entryZone(twoZones, { lapas_name: "Lapas yang tidak ada" })).toBe("Asia/Jakarta")
  })
})
