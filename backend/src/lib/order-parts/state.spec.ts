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

  it("is canceled on its own while the order goes on", () => {
    expect(partState(facts({ part_canceled: true, paid: false, open_quantity: 1 }))).toBe("canceled")
    expect(partState(facts({ part_canceled: true, paid_amount: 50_000, refunded_amount: 50_000 }))).toBe("canceled")
  })

  it("is refunded when what was paid for it was paid back in full, whatever its packages say", () => {
    expect(partState(facts({ open_quantity: 2, paid_amount: 75_000, refunded_amount: 75_000 }))).toBe("refunded")
    expect(partState(facts({ fulfillments: [courier({ shipped_at: at })], paid_amount: 75_000, refunded_amount: 80_000 }))).toBe(
      "refunded"
    )
  })

  it("keeps its work state with a partial refund, and is never refunded before it is paid", () => {
    expect(partState(facts({ open_quantity: 2, paid_amount: 75_000, refunded_amount: 25_000 }))).toBe("to_pack")
    expect(partState(facts({ paid: false, open_quantity: 2, paid_amount: 0, refunded_amount: 0 }))).toBe("awaiting_transfer")
    expect(partState(facts({ open_quantity: 2, paid_amount: 0, refunded_amount: 0 }))).toBe("to_pack")
  })
})

describe("buyerOrderProgress", () => {
  it("is shipped only when every lapas has sent its part", () => {
    expect(buyerOrderProgress(false, ["shipped", "processing"])).toBe("partially_shipped")
    expect(buyerOrderProgress(false, ["shipped", "ready_for_pickup"])).toBe("shipped")
    expect(buyerOrderProgress(false, ["delivered", "shipped"])).toBe("shipped")
    expect(buyerOrderProgress(false, ["delivered", "picked_up"])).toBe("delivered")
  })

  it("is partly shipped, not awaiting payment, once one part is on its way while another waits", () => {
    expect(buyerOrderProgress(false, ["shipped", "awaiting_payment"])).toBe("partially_shipped")
    expect(buyerOrderProgress(false, ["ready_for_pickup", "awaiting_payment"])).toBe("partially_shipped")
  })

  it("leaves canceled and refunded parts out, and is refunded when every remaining part was paid back", () => {
    expect(buyerOrderProgress(false, ["processing", "canceled"])).toBe("processing")
    expect(buyerOrderProgress(false, ["shipped", "refunded"])).toBe("shipped")
    expect(buyerOrderProgress(false, ["refunded", "canceled"])).toBe("refunded")
    expect(buyerOrderProgress(false, ["canceled", "canceled"])).toBe("canceled")
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
