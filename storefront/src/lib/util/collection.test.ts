import { describe, expect, it } from "vitest"
import { collectionDescription, collectionTitle } from "./collection"

describe("collectionTitle / collectionDescription", () => {
  const spices = { title: "Oleh-oleh rempah", metadata: { title_en: " Spice gifts ", description: " Minuman rempah instan. " } }

  it("titles a collection in the buyer's language, Indonesian when there is no English", () => {
    expect(collectionTitle(spices, "id")).toBe("Oleh-oleh rempah")
    expect(collectionTitle(spices, "en")).toBe("Spice gifts")
    expect(collectionTitle({ title: "Hadiah dari lapas", metadata: { title_en: " " } }, "en")).toBe("Hadiah dari lapas")
    expect(collectionTitle({ title: "Hadiah dari lapas", metadata: null }, "en")).toBe("Hadiah dari lapas")
  })

  it("reads the description from metadata, or null", () => {
    expect(collectionDescription(spices)).toBe("Minuman rempah instan.")
    expect(collectionDescription({ title: "x", metadata: { description: 3 } })).toBeNull()
    expect(collectionDescription({ title: "x", metadata: null })).toBeNull()
  })
})
