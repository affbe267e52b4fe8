import {
  allowResponse,
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
    name: "a customer's page shows the service profile with tier, lifecycle and purchased products",
    async run({ page, baseUrl, screenshot }) {
      // From the customer list to Anna Schmidt (three orders in the demo: returning, silver).
      await gotoAdmin(page, baseUrl, "/customers")
      const row = page.locator("tbody tr", { hasText: "customer@example.com" }).first()
      await row.waitFor({ state: "visible", timeout: NAVIGATION_TIMEOUT })
      await row.click()
      await page.waitForURL(/\/app\/customers\/[^/]+$/, { timeout: NAVIGATION_TIMEOUT })

      const widget = await waitForTestId(page, "aftersales-customer-profile", NAVIGATION_TIMEOUT)
      const tier = widget.getByTestId("aftersales-tier-badge")
      await tier.waitFor({ timeout: UI_TIMEOUT })
      assert.equal(await textOf(tier), "Silver")
      assert.equal(await textOf(widget.getByTestId("aftersales-lifecycle-badge")), "Returning")
      assert.equal(await textOf(widget.getByTestId("aftersales-profile-order-count")), "3")
      assert.match(await textOf(widget.getByTestId("aftersales-profile-total-spent")), /€/)
      const products = await waitForTestId(page, "aftersales-purchased-products")
      await products.getByText("Aurora Espresso Machine", { exact: false }).first().waitFor({ timeout: UI_TIMEOUT })
      // The seeded ticket of this customer that is still open is counted.
      await widget.getByTestId("aftersales-profile-open-tickets").waitFor({ timeout: UI_TIMEOUT })
      assert.notEqual(await textOf(widget.getByTestId("aftersales-profile-open-tickets")), "0")

      // Recompute with unchanged orders keeps the profile as it is.
      await widget.getByRole("button", { name: "Recompute" }).click()
      await waitForToast(page, "Service profile recomputed")
      assert.equal(await textOf(tier), "Silver")
      await settle(page)
      await widget.scrollIntoViewIfNeeded()
      await screenshot("customer-service-profile-widget")
    },
  },
  {
    name: "the customer tiers settings list the tiers, refuse a duplicate rank and recompute all profiles with progress",
    allow: [allowResponse(422, /\/admin\/customer-tiers$/, "a tier with a rank already in use is refused on purpose")],
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/settings/aftersales-customer-tiers")
      const table = await waitForTestId(page, "aftersales-tiers-table", NAVIGATION_TIMEOUT)
      const codes = await table
        .locator('[data-testid="aftersales-tier-row"]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-tier-code")))
      assert.deepEqual(codes, ["regular", "silver", "gold", "vip", "new"])
      const settings = await waitForTestId(page, "aftersales-classification-settings")
      assert.equal(await settings.locator('input[name="dormant_after_days"]').inputValue(), "365")
      await settle(page)
      await screenshot("customer-tiers-settings")

      // A new tier with the rank of "gold" is refused with the API's message.
      const newRow = table.locator('[data-tier-code="new"]')
      await newRow.locator('input[name="name"]').fill("Platinum")
      await newRow.locator('input[name="code"]').fill("platinum")
      await newRow.locator('input[name="rank"]').fill("2")
      await newRow.getByRole("button", { name: "Add tier" }).click()
      await waitForToast(page, "Rank 2 is used by two tiers")

      // Recompute all: the progress bar reaches the end.
      const panel = await waitForTestId(page, "aftersales-recompute-panel")
      const [started] = await Promise.all([
        page.waitForResponse(
          (response) =>
            response.request().method() === "POST" &&
            response.url().endsWith("/admin/customer-service-profiles/recompute"),
          { timeout: UI_TIMEOUT }
        ),
        panel.getByRole("button", { name: "Recompute all profiles" }).click(),
      ])
      const { recompute_run: run } = await started.json()
      await panel
        .locator(`[data-testid="aftersales-recompute-progress"][data-run-id="${run.id}"][data-status="succeeded"]`)
        .waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(panel), /(\d+) of \1 customers/)
      await settle(page)
      await screenshot("customer-tiers-recomputed")
    },
  },
]
