// @vitest-environment node
import { describe, expect, it } from "vitest"
import { qrImages } from "./xendit-qr"

describe("qrImages", () => {
  it("draws a QRIS string as inline SVG and as a PNG to download", async () => {
    const qris = "00020101021226660014ID.CO.QRIS.WWW011893600914300000000002150000000000000000303UME51440014ID.CO.QRIS.WWW0215ID10200000000010303UME5204581253033605405170005802ID5913KARYA BINAAN6008SURABAYA6304ABCD"
    const { svg, png } = await qrImages(qris)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/)
    expect(svg).not.toMatch(/<script|on\w+=/i)
    expect(png).toMatch(/^data:image\/png;base64,iVBORw0KGgo/)
    // A different payment draws a different code.
    expect((await qrImages(`${qris}X`)).svg).not.toBe(svg)
  })
})
