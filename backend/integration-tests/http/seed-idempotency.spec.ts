import { appModule } from "../app"
import { integrationTestRunner } from "../runner"

const { seedDemoData } = appModule<typeof import("../../src/scripts/seed-demo")>("src/scripts/seed-demo")

// Rows the seed writes, counted straight from PostgreSQL (soft-deleted rows included).
const TABLES = [
  "product",
  "product_variant",
  "product_option",
  "product_category",
  "product_tag",
  "product_collection",
  "price",
  "price_set",
  "inventory_item",
  "inventory_level",
  "stock_location",
  "fulfillment_set",
  "service_zone",
  "shipping_option",
  "shipping_profile",
  "region",
  "tax_region",
  "sales_channel",
  "api_key",
  "user",
  "auth_identity",
  "image",
]

integrationTestRunner({
  database: "migrated",
  testSuite: ({ getContainer, dbConnection }) => {
    async function countRows() {
      const counts: Record<string, number> = {}
      for (const table of TABLES) {
        const [row] = await dbConnection.raw(`SELECT count(*)::int AS n FROM "${table}"`).then((r: any) => r.rows)
        counts[table] = row.n
      }
      return counts
    }

    it("creates the demo marketplace once; a second run changes nothing", async () => {
      const first = await seedDemoData(getContainer(), { renderImages: false })
      expect(first.created.product).toBeGreaterThanOrEqual(40)
      expect(first.created["stock location"]).toBe(8)
      expect(first.created.collection).toBe(4)
      expect(first.created["product in a collection"]).toBe(21)
      const afterFirst = await countRows()

      const second = await seedDemoData(getContainer(), { renderImages: false })
      expect(second.created).toEqual({})
      expect(second.publishableKey).toBe(first.publishableKey)
      expect(second.regionId).toBe(first.regionId)
      expect(await countRows()).toEqual(afterFirst)
    })
  },
})
