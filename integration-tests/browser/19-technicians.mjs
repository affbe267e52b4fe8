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
    name: "the technicians list shows the seeded technicians with skills and workload; the detail page shows live performance, certifications with expiry badges and records an assessment",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/technicians")
      const table = await waitForTestId(page, "aftersales-technicians-table", NAVIGATION_TIMEOUT)
      const jonas = table.locator("tbody tr", { hasText: "Jonas Berg" }).first()
      await jonas.waitFor({ timeout: UI_TIMEOUT })
      await table.locator("tbody tr", { hasText: "Mia Keller" }).first().waitFor({ timeout: UI_TIMEOUT })
      // skills as "<category> · <level>" and open jobs over capacity
      assert.match(await textOf(jonas), /Appliances · \d/)
      assert.match(await textOf(jonas.getByTestId("aftersales-technician-jobs")), /^\d+ \/ 5$/)
      // the inactive technician is hidden by the default "active only" filter
      assert.equal(await table.locator("tbody tr", { hasText: "Piet Jansen" }).count(), 0)
      await settle(page)
      await screenshot("technicians-list")

      await jonas.click()
      await waitForTestId(page, "aftersales-technician-page", NAVIGATION_TIMEOUT)
      const performance = page.getByTestId("aftersales-technician-performance")
      await performance.waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(page.getByTestId("aftersales-technician-jobs-done")), /Jobs done\s*\d+/)
      assert.match(await textOf(page.getByTestId("aftersales-technician-open-jobs")), /\d+ \/ 5/)
      assert.match(await textOf(page.getByTestId("aftersales-technician-ftf")), /First-time fix rate/)
      // seeded: an assessment awarded level 4 in Appliances
      assert.match(await textOf(page.getByTestId("aftersales-technician-skills")), /Appliances · Level 4/)
      const certifications = page.getByTestId("aftersales-technician-certifications")
      await certifications.getByTestId("aftersales-certification-soon").first().waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(page.getByTestId("aftersales-technician-reviews")), /4 \/ 5/)
      await settle(page)
      await screenshot("technician-detail")

      // record an assessment without a level change
      await page.getByTestId("aftersales-technician-assessment-add").click()
      const drawer = await waitForTestId(page, "aftersales-technician-assessment-drawer")
      await drawer.locator("#aftersales-assessment-score").fill("77")
      await drawer.locator("#aftersales-assessment-notes").fill("Browser test assessment")
      await page.getByTestId("aftersales-technician-assessment-drawer-save").click()
      await waitForToast(page, "Assessment recorded")
      await page
        .getByTestId("aftersales-technician-assessments")
        .getByText("Browser test assessment")
        .waitFor({ timeout: UI_TIMEOUT })
    },
  },
  {
    name: "the repair analytics page renders its charts and tables",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/repair-analytics")
      await waitForTestId(page, "aftersales-repair-analytics", NAVIGATION_TIMEOUT)
      await waitForTestId(page, "aftersales-repair-analytics-totals", NAVIGATION_TIMEOUT)
      for (const testId of [
        "aftersales-analytics-volume-chart",
        "aftersales-analytics-turnaround-chart",
        "aftersales-analytics-cost-chart",
      ]) {
        const chart = page.getByTestId(testId)
        await chart.waitFor({ timeout: UI_TIMEOUT })
        assert.equal(await chart.locator("svg").count(), 1, `${testId} draws an SVG`)
      }
      for (const testId of [
        "aftersales-analytics-outcomes",
        "aftersales-analytics-first-time-fix",
        "aftersales-analytics-repeat-product",
        "aftersales-analytics-repeat-fault",
        "aftersales-analytics-warranty",
      ]) {
        await page.getByTestId(testId).waitFor({ timeout: UI_TIMEOUT })
      }
      assert.match(await textOf(page.getByTestId("aftersales-analytics-created")), /Repairs created\s*\d+/)
      await settle(page)
      await screenshot("repair-analytics")
    },
  },
]
