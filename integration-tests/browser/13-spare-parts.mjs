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
    name: "the parts list shows the seeded parts; a part created with its own product opens on its detail page",
    async run({ page, baseUrl, runId, screenshot }) {
      const partNumber = `BT-${runId}`.toUpperCase().replace(/[^A-Z0-9-]/g, "").slice(0, 40)
      await gotoAdmin(page, baseUrl, "/spare-parts")
      const table = await waitForTestId(page, "aftersales-spare-parts-table", NAVIGATION_TIMEOUT)
      const pump = table.locator("tbody tr", { hasText: "SP-AUR-PUMP" }).first()
      await pump.waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(pump), /Espresso machine water pump/)
      assert.match(await textOf(table.locator("tbody tr", { hasText: "SP-AUR-BURR" }).first()), /Phase-out/)
      await settle(page)
      await screenshot("spare-parts-list")

      // search narrows the list
      await page.getByTestId("aftersales-spare-parts-search").fill("battery")
      await table.locator("tbody tr", { hasText: "SP-AUR-PUMP" }).waitFor({ state: "detached", timeout: UI_TIMEOUT })
      await table.locator("tbody tr", { hasText: "SP-NIM-BATT" }).first().waitFor({ timeout: UI_TIMEOUT })
      await page.getByTestId("aftersales-spare-parts-search").fill("")

      // create a part with a new host product
      await page.getByTestId("aftersales-spare-part-create").click()
      const drawer = await waitForTestId(page, "aftersales-spare-part-drawer")
      await drawer.locator('input[name="part_number"]').fill(partNumber)
      await drawer.locator('input[name="name"]').fill("Browser test gasket")
      await drawer.locator('input[name="category"]').fill("seals")
      await drawer.locator("#aftersales-part-price").fill("7.5")
      await screenshot("spare-part-create")
      await page.getByTestId("aftersales-spare-part-save").click()
      await waitForToast(page, `Part ${partNumber} created`)

      const detail = await waitForTestId(page, "aftersales-spare-part-page", NAVIGATION_TIMEOUT)
      assert.match(await textOf(page.getByTestId("aftersales-part-heading")), new RegExp(partNumber))
      assert.match(await textOf(page.getByTestId("aftersales-part-variant-link")), new RegExp(partNumber))
      await detail.getByTestId("aftersales-part-suppliers").waitFor({ timeout: UI_TIMEOUT })
      await detail.getByTestId("aftersales-part-reorder-policies").waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("spare-part-created")
    },
  },
  {
    name: "a seeded part's page shows specifications, compatible products, supplier offers and its Hamburg reorder policy",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/spare-parts")
      const table = await waitForTestId(page, "aftersales-spare-parts-table", NAVIGATION_TIMEOUT)
      await table.locator("tbody tr", { hasText: "SP-AUR-PUMP" }).first().click()
      await waitForTestId(page, "aftersales-spare-part-page", NAVIGATION_TIMEOUT)
      const specifications = page.getByTestId("aftersales-part-specifications")
      await specifications.getByText("15 bar").waitFor({ timeout: UI_TIMEOUT })
      await page.getByTestId("aftersales-part-compatibility").getByText("Aurora Espresso Machine").waitFor({ timeout: UI_TIMEOUT })
      const offers = page.getByTestId("aftersales-part-offer-row")
      await offers.first().waitFor({ timeout: UI_TIMEOUT })
      const ulka = offers.filter({ hasText: "Ulka" }).first()
      assert.match(await textOf(ulka), /Preferred/)
      // the location name comes from the host stock locations once they are loaded
      const policy = page.getByTestId("aftersales-part-policy-row").filter({ hasText: "Main warehouse (Hamburg)" }).first()
      await policy.waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(policy), /Reorder point/)
      await settle(page)
      await screenshot("spare-part-detail")
    },
  },
  {
    name: "the CSV import checks a file, lists its bad rows with line numbers, and imports a clean file",
    async run({ page, baseUrl, runId, screenshot }) {
      const partNumber = `CSV-${runId}`.toUpperCase().replace(/[^A-Z0-9-]/g, "").slice(0, 40)
      await gotoAdmin(page, baseUrl, "/spare-parts")
      const table = await waitForTestId(page, "aftersales-spare-parts-table", NAVIGATION_TIMEOUT)
      await table.locator("tbody tr").first().waitFor({ timeout: UI_TIMEOUT })
      await page.getByTestId("aftersales-spare-parts-csv").click()
      await page.getByTestId("aftersales-spare-parts-import").click()
      const drawer = await waitForTestId(page, "aftersales-spare-parts-import-drawer")

      const bad = ["part_number,name,price,status", `${partNumber},Imported seal,4.5,active`, "BAD-1,,x,retired"].join("\n")
      await page.getByTestId("aftersales-import-file").setInputFiles({ name: "parts.csv", mimeType: "text/csv", buffer: Buffer.from(bad) })
      await page.getByTestId("aftersales-import-check").click()
      const errors = await waitForTestId(page, "aftersales-import-errors")
      assert.match(await textOf(errors), /name is empty/)
      assert.match(await textOf(errors.locator("tbody tr").first()), /^3/)
      assert.equal(await page.getByTestId("aftersales-import-run").isDisabled(), true)
      await settle(page)
      await screenshot("spare-parts-import-errors")

      const good = bad.split("\n").slice(0, 2).join("\n")
      await page.getByTestId("aftersales-import-file").setInputFiles({ name: "parts.csv", mimeType: "text/csv", buffer: Buffer.from(good) })
      await page.getByTestId("aftersales-import-check").click()
      await drawer.getByText("Rows: 1 · new: 1 · to update: 0").waitFor({ timeout: UI_TIMEOUT })
      await page.getByTestId("aftersales-import-run").click()
      await waitForToast(page, "Imported: 1 new, 0 updated")
      await page.getByTestId("aftersales-spare-parts-search").fill(partNumber)
      await table.locator("tbody tr", { hasText: partNumber }).first().waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
    },
  },
]
