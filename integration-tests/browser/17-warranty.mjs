import { assert, gotoAdmin, NAVIGATION_TIMEOUT, settle, textOf, UI_TIMEOUT, waitForTestId } from "./lib/harness.mjs"

export const tests = [
  {
    name: "the warranty policies page lists the seeded policies with the default marked",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/warranty-policies")
      const table = await waitForTestId(page, "aftersales-warranty-policies-table", NAVIGATION_TIMEOUT)
      for (const name of [
        "2-year parts and labour",
        "1-year parts only (Mobility)",
        "3-year premium espresso",
        "Extended warranty +2 years",
      ]) {
        await table.locator("tbody tr", { hasText: name }).first().waitFor({ timeout: UI_TIMEOUT })
      }
      const defaultRow = table.locator("tbody tr", { hasText: "2-year parts and labour" }).first()
      assert.match(await textOf(defaultRow), /Default/)
      await page.getByTestId("aftersales-warranty-settings").waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("warranty-policies")
    },
  },
  {
    name: "the entitlement lookup by a seeded serial shows its coverage",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/warranties")
      await waitForTestId(page, "aftersales-warranties-table", NAVIGATION_TIMEOUT)
      await page.getByTestId("aftersales-warranty-lookup-input").fill("AUR-FAIR-0001")
      await page.getByTestId("aftersales-warranty-lookup-submit").click()
      const result = await waitForTestId(page, "aftersales-warranty-entitlement")
      assert.match(await textOf(result.getByTestId("aftersales-warranty-entitlement-status")), /In warranty/)
      assert.match(await textOf(result), /3-year premium espresso/)
      assert.match(await textOf(result), /Parts and labour/)

      await page.getByTestId("aftersales-warranty-lookup-input").fill("VLT-OLD-0001")
      await page.getByTestId("aftersales-warranty-lookup-submit").click()
      await page
        .getByTestId("aftersales-warranty-entitlement-status")
        .filter({ hasText: "Out of warranty" })
        .waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("warranty-entitlement-lookup")
    },
  },
  {
    name: "an order page shows its items' warranties per unit",
    allow: [
      {
        // The core order page (not the plugin) renders a <div> inside a <p> in its cost
        // breakdown; React warns about it in development builds.
        why: "core order detail CostBreakdown DOM nesting warning (React dev build)",
        match: (issue) =>
          issue.kind === "console" &&
          /validateDOMNesting/.test(issue.text ?? "") &&
          /CostBreakdown|order-detail/.test(issue.text ?? ""),
      },
    ],
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/warranties")
      await waitForTestId(page, "aftersales-warranties-table", NAVIGATION_TIMEOUT)
      const orderId = await page.evaluate(async () => {
        const response = await fetch("/admin/warranties?source=order&kind=standard&limit=1&order=created_at", {
          credentials: "include",
        })
        const body = await response.json()
        return body.warranties[0]?.order_id
      })
      assert.ok(orderId, "a seeded order has warranty registrations")
      await gotoAdmin(page, baseUrl, `/orders/${orderId}`)
      const widget = await waitForTestId(page, "aftersales-order-warranties", NAVIGATION_TIMEOUT)
      const rows = widget.getByTestId("aftersales-order-warranty-row")
      await rows.first().waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(rows.first()), /Unit 1/)
      await widget.scrollIntoViewIfNeeded()
      await settle(page)
      await screenshot("order-warranties")
    },
  },
]
