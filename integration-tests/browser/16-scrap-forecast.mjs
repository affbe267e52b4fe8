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

export const tests = [
  {
    name: "the seeded scrap request of the steel burrs is approved by the admin (requested by the parts manager)",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/scrap-requests")
      const table = await waitForTestId(page, "aftersales-scrap-table", NAVIGATION_TIMEOUT)
      const row = table.locator("tbody tr", { hasText: "SP-AUR-BURR" }).filter({ hasText: "Requested" }).first()
      await row.waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("scrap-requests")
      await row.click()
      await waitForTestId(page, "aftersales-scrap-page", NAVIGATION_TIMEOUT)
      const number = await textOf(page.getByTestId("aftersales-scrap-number"))
      assert.match(number, /^SR-\d{6}$/)
      await page.getByTestId("aftersales-scrap-approve").click()
      await waitForToast(page, `${number} approved`)
      await page.locator('[data-testid="aftersales-scrap-status"][data-status="approved"]').waitFor({ timeout: UI_TIMEOUT })
      await page.getByTestId("aftersales-scrap-dispose").waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("scrap-request-approved")
    },
  },
  {
    name: "the pump's page shows its demand chart with the forecast band and the parts sales",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/spare-parts")
      const table = await waitForTestId(page, "aftersales-spare-parts-table", NAVIGATION_TIMEOUT)
      await table.locator("tbody tr", { hasText: "SP-AUR-PUMP" }).first().click()
      const section = await waitForTestId(page, "aftersales-part-demand", NAVIGATION_TIMEOUT)
      const chart = section.getByTestId("aftersales-demand-chart")
      await chart.waitFor({ timeout: UI_TIMEOUT })
      await section.getByTestId("aftersales-forecast-series").waitFor({ timeout: UI_TIMEOUT })
      const bars = await section.getByTestId("aftersales-demand-bar").count()
      assert.ok(bars >= 12, `expected a bar per month of history, found ${bars}`)
      assert.match(await textOf(section.getByTestId("aftersales-forecast-facts")), /auto\(/)
      await page.getByTestId("aftersales-part-sales").waitFor({ timeout: UI_TIMEOUT })
      await section.scrollIntoViewIfNeeded()
      await settle(page)
      await screenshot("part-demand-chart")
    },
  },
  {
    name: "the forecast overview lists the parts by expected shortage",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/spare-parts/forecast")
      await waitForTestId(page, "aftersales-forecast-overview", NAVIGATION_TIMEOUT)
      const rows = page.getByTestId("aftersales-forecast-row")
      await rows.first().waitFor({ timeout: UI_TIMEOUT })
      assert.ok((await rows.count()) >= 5)
      await page.locator('[data-testid="aftersales-forecast-run"][data-status="succeeded"]').waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("forecast-overview")
    },
  },
]
