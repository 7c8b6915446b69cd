import { buyerOrderProgress, buyerPartState, partState, type PartFulfillmentFacts } from "./state"

const at = "2026-12-04T10:00:00.000Z"
const courier = (f: Partial<PartFulfillmentFacts> = {}): PartFulfillmentFacts => ({
  kind: "courier",
  shipped_at: null,
  delivered_at: null,
  canceled_at: null,
  ...f,
})
const pickup = (f: Partial<PartFulfillmentFacts> = {}) => courier({ kind: "pickup", ...f })
const facts = (f: Partial<Parameters<typeof partState>[0]> = {}) => ({
  order_canceled: false,
  paid: true,
  open_quantity: 0,
  fulfillments: [],
  ...f,
})

describe("partState", () => {
  it("waits for the transfer, then for packing", () => {
    expect(partState(facts({ paid: false, open_quantity: 2 }))).toBe("awaiting_transfer")
    expect(partState(facts({ open_quantity: 2 }))).toBe("to_pack")
  })

  it("follows a courier package from packed to delivered", () => {
    expect(partState(facts({ fulfillments: [courier()] }))).toBe("to_ship")
    expect(partState(facts({ fulfillments: [courier({ shipped_at: at })] }))).toBe("shipped")
    expect(partState(facts({ fulfillments: [courier({ shipped_at: at, delivered_at: at })] }))).toBe("delivered")
  })

  it("follows a pickup from ready to picked up", () => {
    expect(partState(facts({ fulfillments: [pickup()] }))).toBe("ready_for_pickup")
    expect(partState(facts({ fulfillments: [pickup({ delivered_at: at })] }))).toBe("picked_up")
  })

  it("ignores canceled packages and still asks to pack what is open", () => {
    expect(partState(facts({ fulfillments: [courier({ canceled_at: at })] }))).toBe("to_pack")
    expect(partState(facts({ open_quantity: 1, fulfillments: [courier({ shipped_at: at })] }))).toBe("to_pack")
  })

  it("is canceled with its order, whatever else is true", () => {
    expect(partState(facts({ order_canceled: true, paid: false }))).toBe("canceled")
  })
})

describe("buyerOrderProgress", () => {
  it("is shipped only when every lapas has sent its part", () => {
    expect(buyerOrderProgress(false, ["shipped", "processing"])).toBe("partially_shipped")
    expect(buyerOrderProgress(false, ["shipped", "ready_for_pickup"])).toBe("shipped")
    expect(buyerOrderProgress(false, ["delivered", "shipped"])).toBe("shipped")
    expect(buyerOrderProgress(false, ["delivered", "picked_up"])).toBe("delivered")
  })

  it("awaits payment while any part is unpaid, and is canceled with the order", () => {
    expect(buyerOrderProgress(false, ["processing", "awaiting_payment"])).toBe("awaiting_payment")
    expect(buyerOrderProgress(false, ["processing", "processing"])).toBe("processing")
    expect(buyerOrderProgress(true, ["shipped"])).toBe("canceled")
  })

  it("maps the lapas's states to what the buyer is told", () => {
    expect(["awaiting_transfer", "to_pack", "to_ship", "shipped"].map((s) => buyerPartState(s as any))).toEqual([
      "awaiting_payment",
      "processing",
      "processing",
      "shipped",
    ])
  })
})
