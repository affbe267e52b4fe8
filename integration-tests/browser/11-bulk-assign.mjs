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

// Tickets of the demo seed (src/scripts/seed-demo.ts) that start unassigned.
const SUBJECTS = ["When will my grinder burr set ship?", "Can I extend the warranty of my robot vacuum?"]

export const tests = [
  {
    name: "service desk assigns selected tickets at once",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/service-tickets")
      const table = await waitForTestId(page, "aftersales-tickets-table", NAVIGATION_TIMEOUT)
      const rows = SUBJECTS.map((subject) => table.locator("tbody tr", { hasText: subject }).first())
      for (const row of rows) {
        await row.waitFor({ state: "visible", timeout: UI_TIMEOUT })
        await row.getByRole("checkbox").click()
      }
      await settle(page)
      await page.getByText("2 selected").waitFor({ timeout: UI_TIMEOUT })
      await screenshot("bulk-assign-selection")

      // The command bar at the bottom of the table (label + keyboard shortcut).
      await page
        .locator("button")
        .filter({ has: page.locator("span", { hasText: /^Assign$/ }) })
        .first()
        .click()
      const drawer = await waitForTestId(page, "aftersales-bulk-assign-drawer")
      assert.match(await textOf(drawer), /\(2\)/)
      await page.getByTestId("aftersales-bulk-assign-assignee").click()
      await page.getByRole("option", { name: /agent@example\.com/ }).click()
      await screenshot("bulk-assign-drawer")
      await page.getByTestId("aftersales-bulk-assign-submit").click()
      await waitForToast(page, "Tickets assigned to")
      await drawer.waitFor({ state: "hidden", timeout: UI_TIMEOUT })

      for (const row of rows) {
        await row.getByText("agent@example.com").waitFor({ timeout: UI_TIMEOUT })
      }
      await settle(page)
      await screenshot("bulk-assign-done")
    },
  },
]
