import {
  assert,
  gotoAdmin,
  NAVIGATION_TIMEOUT,
  settle,
  textOf,
  UI_TIMEOUT,
  waitForTestId,
} from "./lib/harness.mjs"

// Seeded by src/scripts/seed/procurement.ts: a requisition pending approval (raised by
// purchaser@example.com, so the admin may approve it), an ordered purchase order with nothing
// received yet, and suppliers with receipts on time and late.

async function filterStatus(page, label) {
  await page.getByTestId("aftersales-procurement-status-filter").click()
  await page.getByRole("option", { name: label, exact: true }).click()
}

export const tests = [
  {
    name: "an approver approves a pending requisition from the procurement list",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/procurement")
      const table = await waitForTestId(page, "aftersales-requisitions-table", NAVIGATION_TIMEOUT)
      await filterStatus(page, "Pending approval")
      const row = table.locator("tbody tr", { hasText: "Pending approval" }).first()
      await row.waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("requisitions-pending")
      await row.getByText(/^PR-\d{6}$/).click()

      await waitForTestId(page, "aftersales-requisition-page", NAVIGATION_TIMEOUT)
      const number = await textOf(page.getByTestId("aftersales-requisition-number"))
      assert.match(await textOf(page.getByTestId("aftersales-requisition-waiting")), /Waiting for an approver with the role "approver"/)
      await page.getByTestId("aftersales-requisition-approve").click()
      await page.locator("[data-sonner-toast]", { hasText: `Requisition ${number} approved` }).waitFor({ timeout: UI_TIMEOUT })
      await page
        .locator('[data-testid="aftersales-requisition-status"][data-status="approved"]')
        .waitFor({ timeout: UI_TIMEOUT })
      await page.getByTestId("aftersales-requisition-convert").waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("requisition-approved")
    },
  },
  {
    name: "receiving an ordered purchase order puts it to received, lists the receipt and offers the printable order",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/procurement?tab=orders")
      const table = await waitForTestId(page, "aftersales-purchase-orders-table", NAVIGATION_TIMEOUT)
      await filterStatus(page, "Ordered")
      const row = table.locator("tbody tr", { hasText: "Ordered" }).first()
      await row.waitFor({ timeout: UI_TIMEOUT })
      await row.getByText(/^PO-\d{6}$/).click()

      await waitForTestId(page, "aftersales-purchase-order-page", NAVIGATION_TIMEOUT)
      const number = await textOf(page.getByTestId("aftersales-purchase-order-number"))
      const print = page.getByTestId("aftersales-purchase-order-print")
      assert.match((await print.getAttribute("href")) ?? "", /\/admin\/purchase-orders\/po_[^/]+\/document$/)

      await page.getByTestId("aftersales-purchase-order-receive").click()
      const drawer = await waitForTestId(page, "aftersales-receive-drawer")
      const firstLine = drawer.getByTestId("aftersales-receive-line").first()
      const prefilled = Number(await firstLine.getByTestId("aftersales-receive-received").inputValue())
      assert.ok(prefilled > 0, "the outstanding quantity is prefilled")
      await screenshot("receive-goods")
      await page.getByTestId("aftersales-receive-save").click()
      await page
        .locator("[data-sonner-toast]", { hasText: /Receipt GR-\d{6} recorded; the order is now Received/ })
        .waitFor({ timeout: UI_TIMEOUT })
      await drawer.waitFor({ state: "hidden", timeout: UI_TIMEOUT })
      await page
        .locator('[data-testid="aftersales-purchase-order-status"][data-status="received"]')
        .waitFor({ timeout: UI_TIMEOUT })
      await page.getByTestId("aftersales-goods-receipt").first().waitFor({ timeout: UI_TIMEOUT })
      const accepted = Number(await textOf(page.getByTestId("aftersales-line-accepted").first()))
      assert.equal(accepted, prefilled)

      // The printable order opens as a page of its own with the lines on it.
      const [document] = await Promise.all([page.context().waitForEvent("page"), print.click()])
      await document.waitForLoadState("domcontentloaded")
      assert.match(await document.title(), new RegExp(`Purchase order ${number}`))
      await document.close()
      await settle(page)
      await screenshot("purchase-order-received")
    },
  },
  {
    name: "a supplier's page shows its delivery performance from the seeded receipts",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/suppliers")
      const table = await waitForTestId(page, "aftersales-suppliers-table", NAVIGATION_TIMEOUT)
      await table.locator("tbody tr").first().waitFor({ timeout: UI_TIMEOUT })
      const measured = table.locator("tbody tr", { hasText: "%" }).first()
      await measured.waitFor({ timeout: UI_TIMEOUT })
      await measured.click()
      const performance = await waitForTestId(page, "aftersales-supplier-performance", NAVIGATION_TIMEOUT)
      assert.match(await textOf(performance.getByTestId("aftersales-performance-on-time")), /\d+(\.\d)?%/)
      assert.match(await textOf(performance.getByTestId("aftersales-performance-lead-time")), /days?/)
      await settle(page)
      await screenshot("supplier-performance")
    },
  },
]
