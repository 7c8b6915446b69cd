import { chosenCourier, courierView, fulfillmentView } from "./views"

const shippedAt = "2026-12-04T10:00:00.000Z"
const fulfillment = (metadata: Record<string, unknown>, labels: Record<string, unknown>[] = []) => ({
  id: "ful_1",
  created_at: "2026-12-03T10:00:00.000Z",
  shipped_at: shippedAt,
  delivered_at: null,
  canceled_at: null,
  metadata,
  labels,
  items: [{ line_item_id: "item_1", quantity: 2 }],
})

describe("fulfillmentView: courier, name and tracking link", () => {
  it("a listed courier's code gives its name and the resi's tracking page", () => {
    const view = fulfillmentView(fulfillment({ kind: "courier", courier: "jne", resi: "CGK 0012/34" }), "courier")
    expect(view).toMatchObject({
      kind: "courier",
      courier: "jne",
      courier_name: "JNE",
      resi: "CGK 0012/34",
      tracking_url: "https://www.jne.co.id/tracking-package?awb=CGK%200012%2F34",
      shipped_at: shippedAt,
    })
  })

  it("a legacy free-text courier that names a listed one is found by code or name", () => {
    expect(fulfillmentView(fulfillment({ courier: "JNE", resi: "JNE001" }), "courier")).toMatchObject({
      courier: "jne",
      courier_name: "JNE",
      tracking_url: "https://www.jne.co.id/tracking-package?awb=JNE001",
    })
    expect(fulfillmentView(fulfillment({ courier: " j&t express ", resi: "JT0001" }), "courier")).toMatchObject({
      courier: "jnt",
      courier_name: "J&T Express",
      tracking_url: "https://jet.co.id/track?awb=JT0001",
    })
  })

  it("a legacy courier not in the list keeps its text and has no tracking page", () => {
    expect(fulfillmentView(fulfillment({ courier: "Ninja Xpress", resi: "NX0001" }), "courier")).toMatchObject({
      courier: "Ninja Xpress",
      courier_name: "Ninja Xpress",
      resi: "NX0001",
      tracking_url: null,
    })
  })

  it("the resi comes from the label when the metadata has none; no resi, no link", () => {
    expect(
      fulfillmentView(fulfillment({ courier: "sicepat" }, [{ tracking_number: "SCP998877665" }]), "courier")
    ).toMatchObject({ resi: "SCP998877665", tracking_url: "https://www.sicepat.com/checkAwb?awb=SCP998877665" })
    expect(fulfillmentView(fulfillment({ courier: "sicepat" }), "courier")).toMatchObject({
      courier: "sicepat",
      courier_name: "SiCepat",
      resi: null,
      tracking_url: null,
    })
  })

  it("a package not yet shipped has no courier", () => {
    expect(courierView(undefined, null)).toEqual({ courier: null, courier_name: null, tracking_url: null })
    expect(courierView("  ", "X")).toEqual({ courier: null, courier_name: null, tracking_url: null })
  })
})

describe("chosenCourier", () => {
  it("reads the shipping method's data, copied from its courier option", () => {
    expect(chosenCourier([{ shipping_option_id: "so_1", data: { courier: "sicepat", service: "cargo" } }])).toEqual({
      chosen_courier: "sicepat",
      chosen_service: "cargo",
    })
  })

  it("falls back to the option's data when the method carries none", () => {
    const options = new Map([["so_1", { courier: "pos", service: "express", rates: [] }]])
    expect(chosenCourier([{ shipping_option_id: "so_1", data: {} }], (id) => options.get(id))).toEqual({
      chosen_courier: "pos",
      chosen_service: "express",
    })
  })

  it("pickup, an unknown courier or no method: nothing chosen", () => {
    const none = { chosen_courier: null, chosen_service: null }
    expect(chosenCourier([{ shipping_option_id: "so_pickup", data: {} }])).toEqual(none)
    expect(chosenCourier([{ shipping_option_id: "so_x", data: { courier: "dhl", service: "regular" } }])).toEqual(none)
    expect(chosenCourier([])).toEqual(none)
    expect(chosenCourier([{ shipping_option_id: "so_1", data: { courier: "jne", service: "teleport" } }])).toEqual({
      chosen_courier: "jne",
      chosen_service: null,
    })
  })
})
