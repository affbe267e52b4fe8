import {
  assert,
  gotoAdmin,
  NAVIGATION_TIMEOUT,
  settle,
  textOf,
  UI_TIMEOUT,
  waitForTestId,
  waitForToast,
} from "./lib/harness.mjs"

async function openPart(page, baseUrl, partNumber) {
  await gotoAdmin(page, baseUrl, "/spare-parts")
  const table = await waitForTestId(page, "aftersales-spare-parts-table", NAVIGATION_TIMEOUT)
  await table.locator("tbody tr", { hasText: partNumber }).first().click()
  return await waitForTestId(page, "aftersales-spare-part-page", NAVIGATION_TIMEOUT)
}

export const tests = [
  {
    name: "a receipt recorded on a part's page shows up in its movements and raises the available stock",
    async run({ page, baseUrl, screenshot }) {
      const detail = await openPart(page, baseUrl, "SP-AUR-PUMP")
      const stock = detail.getByTestId("aftersales-part-stock-section")
      const hamburg = stock.getByTestId("aftersales-part-stock-row").filter({ hasText: "Hamburg" }).first()
      await hamburg.waitFor({ timeout: UI_TIMEOUT })
      const before = Number(await textOf(hamburg.getByTestId("aftersales-part-stock-available")))
      await detail.getByTestId("aftersales-part-movements-section").getByTestId("aftersales-part-movement-row").first().waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("part-stock-and-movements")

      await page.getByTestId("aftersales-part-record-movement").click()
      const drawer = await waitForTestId(page, "aftersales-stock-movement-drawer")
      await drawer.getByTestId("aftersales-stock-movement-location").click()
      await page.getByRole("option", { name: /Hamburg/ }).first().click()
      await drawer.getByTestId("aftersales-stock-movement-quantity").fill("3")
      await drawer.getByTestId("aftersales-stock-movement-reason").fill("Found in the returns cage")
      await screenshot("record-receipt")
      await drawer.getByTestId("aftersales-stock-movement-submit").click()
      await waitForToast(page, "Movement recorded")

      await page
        .getByTestId("aftersales-part-movement-quantity")
        .filter({ hasText: "+3" })
        .first()
        .waitFor({ timeout: UI_TIMEOUT })
      const firstMovement = page.getByTestId("aftersales-part-movement-row").first()
      assert.match(await textOf(firstMovement), /Receipt/)
      assert.match(await textOf(firstMovement), /Found in the returns cage/)
      await page.waitForFunction(
        (expected) =>
          [...document.querySelectorAll('[data-testid="aftersales-part-stock-row"]')].some(
            (row) =>
              row.textContent.includes("Hamburg") &&
              row.querySelector('[data-testid="aftersales-part-stock-available"]')?.textContent.trim() === String(expected)
          ),
        before + 3,
        { timeout: UI_TIMEOUT }
      )
      await settle(page)
      await screenshot("receipt-recorded")
    },
  },
  {
    name: "the stock page lists every part per location and filters to those at or below their reorder point",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/spare-parts/stock")
      await waitForTestId(page, "aftersales-stock-positions-page", NAVIGATION_TIMEOUT)
      const rows = page.getByTestId("aftersales-stock-position-row")
      await rows.filter({ hasText: "Munich service centre" }).first().waitFor({ timeout: UI_TIMEOUT })
      await page.getByTestId("aftersales-stock-positions-status").click()
      await page.getByRole("option", { name: "At or below reorder point", exact: true }).click()
      await rows.filter({ hasText: "Munich service centre" }).first().waitFor({ state: "detached", timeout: UI_TIMEOUT })
      const brakes = rows.filter({ hasText: "SP-VLT-BRAKE" }).first()
      await brakes.waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(brakes), /Low stock/)
      await settle(page)
      await screenshot("stock-positions-low")
    },
  },
  {
    name: "the alerts page lists the seeded low-stock alert of the brake pads",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/spare-parts/alerts")
      await waitForTestId(page, "aftersales-stock-alerts-page", NAVIGATION_TIMEOUT)
      const brakes = page.getByTestId("aftersales-stock-alert-row").filter({ hasText: "SP-VLT-BRAKE" }).first()
      await brakes.waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(brakes), /Low stock/)
      await settle(page)
      await screenshot("stock-alerts")
    },
  },
  {
    name: "a stocktake is opened for Munich, counted in the table and submitted; the posted one shows its variance report",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/spare-parts/stocktakes")
      await waitForTestId(page, "aftersales-stocktakes-page", NAVIGATION_TIMEOUT)
      const posted = page.getByTestId("aftersales-stocktake-row").filter({ hasText: "Posted" }).first()
      await posted.waitFor({ timeout: UI_TIMEOUT })
      await posted.click()
      await waitForTestId(page, "aftersales-stocktake-variance", NAVIGATION_TIMEOUT)
      await page.getByTestId("aftersales-stocktake-variance-line").first().waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("stocktake-variance")

      await gotoAdmin(page, baseUrl, "/spare-parts/stocktakes")
      await waitForTestId(page, "aftersales-stocktakes-page", NAVIGATION_TIMEOUT)
      await page.getByTestId("aftersales-stocktake-new").click()
      const drawer = await waitForTestId(page, "aftersales-stocktake-open-drawer")
      await drawer.getByTestId("aftersales-stocktake-location").click()
      await page.getByRole("option", { name: "Munich service centre", exact: true }).click()
      await drawer.getByTestId("aftersales-stocktake-open-submit").click()
      await waitForTestId(page, "aftersales-stocktake-page", NAVIGATION_TIMEOUT)
      const inputs = page.locator('[data-testid^="aftersales-stocktake-count-"]')
      await inputs.first().waitFor({ timeout: UI_TIMEOUT })
      const count = await inputs.count()
      for (let index = 0; index < count; index++) {
        await inputs.nth(index).fill(String(index + 1))
      }
      await screenshot("stocktake-count-entry")
      await page.getByTestId("aftersales-stocktake-save-counts").click()
      await waitForToast(page, /counts? saved/)
      await page.getByTestId("aftersales-stocktake-submit").click()
      await waitForToast(page, /submitted for approval/)
      await page.getByTestId("aftersales-stocktake-status").filter({ hasText: "Submitted" }).waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("stocktake-submitted")
    },
  },
]
