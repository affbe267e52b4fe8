import {
  assert,
  gotoAdmin,
  NAVIGATION_TIMEOUT,
  settle,
  textOf,
  waitForTestId,
} from "./lib/harness.mjs"

export const tests = [
  {
    name: "After-sales landing page shows my access, the settings cards and recent activity",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/aftersales")
      await waitForTestId(page, "aftersales-landing", NAVIGATION_TIMEOUT)

      // Sidebar entry with the English label from en.json.
      const navLink = page.locator('a[href="/app/aftersales"]').first()
      assert.match(await textOf(navLink), /After-sales/)

      const access = await waitForTestId(page, "aftersales-my-access")
      assert.match(await textOf(access), /Your roles/)
      assert.match(await textOf(access), /Your permissions/)

      // The seeded admin may do everything: all three settings cards are listed.
      for (const card of ["roles", "audit-log", "webhooks"]) {
        await waitForTestId(page, `aftersales-card-${card}`)
      }
      await waitForTestId(page, "aftersales-recent-activity")
      await settle(page)
      await screenshot("landing")

      // A card is a link to its settings page.
      await page.getByTestId("aftersales-card-roles").click()
      await page.waitForURL(/\/app\/settings\/aftersales-roles/, {
        timeout: NAVIGATION_TIMEOUT,
      })
      await waitForTestId(page, "aftersales-roles-page", NAVIGATION_TIMEOUT)
      await settle(page)
    },
  },
]
