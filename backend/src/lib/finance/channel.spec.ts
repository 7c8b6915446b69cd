import { describe, expect, it } from "vitest"
import { DIRECT_SALE_ORDER_METADATA_KEY, SERVICE_PRODUCT_TYPE, VENUE_KINDS } from "@karya-binaan/contracts"
import { asSaleChannel, lineKindOf, saleChannelOfOrder } from "./channel"

describe("saleChannelOfOrder", () => {
  it("books an order without direct-sale metadata under the web shop", () => {
    expect(saleChannelOfOrder(null)).toBe("online")
    expect(saleChannelOfOrder(undefined)).toBe("online")
    expect(saleChannelOfOrder({})).toBe("online")
    expect(saleChannelOfOrder({ cart_note: "x" })).toBe("online")
    expect(saleChannelOfOrder({ [DIRECT_SALE_ORDER_METADATA_KEY]: null })).toBe("online")
  })

  it("books a direct sale under its venue's kind", () => {
    for (const kind of VENUE_KINDS) {
      expect(
        saleChannelOfOrder({ [DIRECT_SALE_ORDER_METADATA_KEY]: { direct_sale_id: "ds_1", venue_id: "v_1", venue_kind: kind } })
      ).toBe(kind)
    }
  })

  it("refuses a direct sale whose venue kind it does not know instead of calling it online", () => {
    expect(() => saleChannelOfOrder({ [DIRECT_SALE_ORDER_METADATA_KEY]: { venue_kind: "market" } })).toThrow(/venue kind/)
    expect(() => saleChannelOfOrder({ [DIRECT_SALE_ORDER_METADATA_KEY]: { direct_sale_id: "ds_1" } })).toThrow(/venue kind/)
    // "online" is a channel, not a venue kind: a direct sale never books under it.
    expect(() => saleChannelOfOrder({ [DIRECT_SALE_ORDER_METADATA_KEY]: { venue_kind: "online" } })).toThrow()
  })
})

describe("lineKindOf", () => {
  it("marks lines of the services product type as services and everything else as goods", () => {
    expect(lineKindOf(SERVICE_PRODUCT_TYPE)).toBe("service")
    expect(lineKindOf(" Jasa ")).toBe("service")
    expect(lineKindOf("kerajinan")).toBe("goods")
    expect(lineKindOf(null)).toBe("goods")
    expect(lineKindOf(undefined)).toBe("goods")
  })
})

describe("asSaleChannel", () => {
  it("accepts the five channels only", () => {
    expect(asSaleChannel("showroom")).toBe("showroom")
    expect(asSaleChannel("online")).toBe("online")
    expect(asSaleChannel("pasar")).toBeUndefined()
    expect(asSaleChannel(undefined)).toBeUndefined()
  })
})
