// Journey: a lapas staff member records a production batch with two makers in the panel, on a
// phone and on a desktop, and sees the variant's stock rise by the batch's units in the stock
// table and the batch, with both makers, at the top of the batch list.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { saveScreenshot } from "../lib/browser.mjs"
import { step } from "../lib/journey.mjs"
import { DESKTOP, PANEL_STAFF_EMAIL, PANEL_URL, PHONE, launchPanelBrowser, loginToPanel } from "../lib/panel.mjs"

for (const [device, settings, quantity] of [
  ["phone", PHONE, 7],
  ["desktop", DESKTOP, 11],
]) {
  describe(`recording a production batch on a ${device}`, () => {
    const session = { browser: null, page: null }
    before(async () => Object.assign(session, await launchPanelBrowser(settings)))
    after(async () => session.browser?.close())

    test("staff record a batch with two makers and the stock rises", async () => {
      const { page } = session
      await step(page, "log in", `panel-production-${device}-login`, () => loginToPanel(page, PANEL_STAFF_EMAIL))

      await step(page, "open the batches tab", `panel-production-${device}-tab`, async () => {
        await page.goto(`${PANEL_URL}/produksi`)
        await page.getByRole("link", { name: "Batch produksi" }).click()
        await page.waitForURL((url) => url.searchParams.get("tab") === "batch")
        await page.getByTestId("batch-form").waitFor()
      })
      await saveScreenshot(page, `panel-production-${device}-before`)

      const form = page.getByTestId("batch-form")
      const variantSelect = form.getByLabel("Varian produk")
      const variantId = await variantSelect.locator("option").nth(1).getAttribute("value")
      assert.ok(variantId, "the lapas has a variant to record a batch for")
      const stockCell = page.getByTestId(`stock-${variantId}`).first()
      const before = Number((await stockCell.textContent())?.trim())
      assert.ok(Number.isInteger(before), `the stock table shows the variant's stock (got ${before})`)

      const makers = await step(page, "fill in the batch with two makers", `panel-production-${device}-fill`, async () => {
        await variantSelect.selectOption(variantId)
        await form.getByLabel("Jumlah unit").fill(String(quantity))
        await form.getByLabel("HPP per unit (Rp)").fill("12.500")
        const first = form.getByLabel("WBP pembuat 1")
        const firstMaker = await first.locator("option").nth(1).getAttribute("value")
        await first.selectOption(firstMaker)
        await form.getByLabel("Unit kerja pembuat 1").fill("6")
        await form.getByRole("button", { name: "Tambah pembuat" }).click()
        const second = form.getByLabel("WBP pembuat 2")
        const secondMaker = await second.locator("option").nth(2).getAttribute("value")
        await second.selectOption(secondMaker)
        await form.getByLabel("Unit kerja pembuat 2").fill("4")
        assert.equal(await form.getByTestId("maker-row").count(), 2)
        return [
          (await first.locator("option:checked").textContent())?.split(" · ")[0].trim(),
          (await second.locator("option:checked").textContent())?.split(" · ")[0].trim(),
        ]
      })
      await saveScreenshot(page, `panel-production-${device}-filled`)

      await step(page, "record the batch", `panel-production-${device}-record`, async () => {
        await form.getByRole("button", { name: "Catat batch" }).click()
        const success = form.getByTestId("form-success")
        await success.waitFor()
        const text = (await success.textContent())?.trim() ?? ""
        assert.match(text, new RegExp(`Batch ${quantity} unit tercatat; stok .* sekarang ${before + quantity}\\.`))
      })

      await step(page, "the stock rose and the batch heads the list", `panel-production-${device}-after`, async () => {
        await page.waitForFunction(
          ([id, expected]) => document.querySelector(`[data-testid="stock-${id}"]`)?.textContent?.trim() === String(expected),
          [variantId, before + quantity]
        )
        const firstBatch = page.locator('table.rtable').first().locator("tbody tr").first()
        const row = (await firstBatch.textContent()) ?? ""
        for (const code of makers) assert.ok(row.includes(`${code} (`), `the new batch lists maker ${code}: ${row}`)
        assert.ok(row.includes("Rp 12.500"), `the new batch shows its HPP: ${row}`)
      })
      await saveScreenshot(page, `panel-production-${device}-after`)
    })
  })
}
