import { describe, expect, it } from "vitest"
import { orderLookupBody } from "./orders"

describe("orderLookupBody", () => {
  it("takes the order number as a number or as text with or without #", () => {
    expect(orderLookupBody.parse({ display_id: 1024, email: "budi@contoh.id" }).display_id).toBe(1024)
    expect(orderLookupBody.parse({ display_id: " #1024 ", email: " budi@contoh.id " })).toEqual({
      display_id: 1024,
      email: "budi@contoh.id",
    })
  })

  it("refuses what is no order number of ours and a malformed email, in the buyer's words", () => {
    const issues = (body: unknown) => orderLookupBody.safeParse(body).error?.issues.map((i) => [i.path[0], i.message])
    expect(issues({ display_id: "KB-12", email: "budi@contoh.id" })).toEqual([
      ["display_id", "Nomor pesanan berupa angka, misalnya 1024."],
    ])
    expect(orderLookupBody.safeParse({ display_id: 0, email: "budi@contoh.id" }).success).toBe(false)
    expect(orderLookupBody.safeParse({ display_id: 2_147_483_648, email: "budi@contoh.id" }).success).toBe(false)
    expect(issues({ display_id: 1, email: "budi" })).toEqual([
      ["email", "Isi email yang Anda pakai saat memesan, misalnya nama@contoh.com."],
    ])
  })
})
