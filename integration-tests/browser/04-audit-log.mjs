import { readFile } from "node:fs/promises"
import { join } from "node:path"

import {
  assert,
  gotoAdmin,
  NAVIGATION_TIMEOUT,
  settle,
  UI_TIMEOUT,
  waitForTestId,
  waitForToast,
} from "./lib/harness.mjs"

export const tests = [
  {
    name: "audit log lists entries, opens the changes drawer, filters and exports CSV",
    async run({ page, baseUrl, screenshot, tmpDir }) {
      await gotoAdmin(page, baseUrl, "/settings/aftersales-audit-log")
      const table = await waitForTestId(page, "aftersales-audit-table", NAVIGATION_TIMEOUT)
      await waitForTestId(page, "aftersales-audit-filters")

      // The previous tests changed roles, so there is at least one entry.
      const firstRow = table.locator("tbody tr").first()
      await firstRow.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("audit-log")

      const action = ((await firstRow.locator("td").nth(1).textContent()) ?? "").trim()
      // The entity cell shows the type and, in monospace, the id.
      const entityId = (
        (await firstRow.locator("td").nth(2).locator(".font-mono").textContent()) ?? ""
      ).trim()
      assert.ok(action && entityId, "the first entry has an action and an entity")

      await firstRow.click()
      const drawer = await waitForTestId(page, "aftersales-audit-drawer")
      const drawerText = (await drawer.textContent()) ?? ""
      assert.ok(drawerText.includes(action), "the drawer shows the entry's action")
      assert.ok(drawerText.includes(entityId), "the drawer shows the entry's entity")
      assert.match(drawerText, /Changes/)
      await screenshot("audit-log-entry")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden", timeout: UI_TIMEOUT })

      // Filter by the action of the first entry: it must still be listed.
      await page.locator("#audit-filter-action").fill(action)
      await page.locator("#audit-filter-date_from").fill("2000-01-01")
      await page.getByTestId("aftersales-audit-apply").click()
      await table
        .locator("tbody tr", { hasText: action })
        .first()
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("audit-log-filtered")

      // Export with the same filters.
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: UI_TIMEOUT }),
        page.getByTestId("aftersales-audit-export").click(),
      ])
      assert.match(download.suggestedFilename(), /\.csv$/)
      const file = join(tmpDir, download.suggestedFilename())
      await download.saveAs(file)
      const csv = await readFile(file, "utf8")
      assert.ok(csv.split(/\r?\n/).length >= 2, "the CSV has a header and a row")
      assert.ok(csv.includes(action), "the CSV contains the filtered action")
      await waitForToast(page, "Export downloaded")
      await settle(page)
    },
  },
]
