import {
  assert,
  clickRowAction,
  confirmPrompt,
  gotoAdmin,
  NAVIGATION_TIMEOUT,
  settle,
  UI_TIMEOUT,
  waitForTestId,
  waitForToast,
} from "./lib/harness.mjs"

async function readAndCloseSecret(page) {
  const modal = await waitForTestId(page, "aftersales-secret-modal")
  const secret = ((await page.getByTestId("aftersales-secret-value").textContent()) ?? "").trim()
  assert.ok(secret.length >= 16, "a signing secret is shown")
  assert.match((await modal.textContent()) ?? "", /shown only once/)
  return {
    secret,
    close: async () => {
      await page.getByTestId("aftersales-secret-close").click()
      await modal.waitFor({ state: "hidden", timeout: UI_TIMEOUT })
    },
  }
}

export const tests = [
  {
    name: "creates a webhook, shows its secret once, opens its delivery log, tests, rotates and deletes it",
    async run({ page, baseUrl, runId, screenshot }) {
      // `.invalid` never resolves: deliveries fail fast and nothing leaves the machine.
      const url = `https://hooks.example.invalid/aftersales/${runId}`

      await gotoAdmin(page, baseUrl, "/settings/aftersales-webhooks")
      await waitForTestId(page, "aftersales-webhooks-table", NAVIGATION_TIMEOUT)
      await settle(page)
      await screenshot("webhooks")

      await page.getByTestId("aftersales-webhook-create").click()
      const drawer = await waitForTestId(page, "aftersales-webhook-drawer")
      await drawer.locator('input[name="url"]').fill(url)
      await drawer
        .locator('textarea[name="description"]')
        .fill("Created by the browser test suite")
      const events = await waitForTestId(page, "aftersales-webhook-events")
      // The event catalogue is loaded from GET /admin/aftersales/events.
      await events.locator('[data-event]:not([data-event="*"])').first().waitFor()
      await events.locator('[data-event="*"]').click()
      await screenshot("webhook-create-drawer")
      await page.getByTestId("aftersales-webhook-save").click()

      const created = await readAndCloseSecret(page)
      await screenshot("webhook-secret")
      await created.close()

      const row = page
        .getByTestId("aftersales-webhooks-table")
        .locator("tbody tr", { hasText: url })
      await row.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await row.click()
      await page.waitForURL(/\/app\/settings\/aftersales-webhooks\/[^/]+$/, {
        timeout: NAVIGATION_TIMEOUT,
      })
      const detail = await waitForTestId(page, "aftersales-webhook-detail", NAVIGATION_TIMEOUT)
      assert.match((await detail.textContent()) ?? "", new RegExp(url.replace(/[.]/g, "\\.")))
      const deliveries = await waitForTestId(page, "aftersales-deliveries-table")
      await settle(page)
      await screenshot("webhook-detail")

      // Send a test event: a delivery shows up in the log.
      await page.getByTestId("aftersales-webhook-test").click()
      await waitForToast(page, "Test event queued")
      await deliveries
        .locator("tbody tr")
        .first()
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("webhook-delivery")

      // A delivery opens with its payload; "Redeliver" queues a new delivery of the same event.
      const firstDelivery = deliveries.locator("tbody tr").first()
      await firstDelivery.click()
      const deliveryDrawer = await waitForTestId(page, "aftersales-delivery-drawer")
      assert.match((await deliveryDrawer.textContent()) ?? "", /Payload/)
      await screenshot("webhook-delivery-drawer")
      await page.keyboard.press("Escape")
      await deliveryDrawer.waitFor({ state: "hidden", timeout: UI_TIMEOUT })
      await clickRowAction(page, firstDelivery, "Redeliver")
      await waitForToast(page, "Delivery queued again")
      await deliveries
        .locator("tbody tr")
        .nth(1)
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await settle(page)

      // Filter the log by status.
      await page.locator("#aftersales-delivery-status").click()
      await page.getByRole("option", { name: "Failed", exact: true }).click()
      await settle(page)
      await page.locator("#aftersales-delivery-status").click()
      await page.getByRole("option", { name: "All", exact: true }).click()
      await settle(page)

      // Rotate the secret: the new one is shown once as well.
      await page.getByRole("button", { name: "Actions", exact: true }).click()
      await page.getByRole("menuitem", { name: "Rotate secret" }).click()
      await confirmPrompt(page, "Rotate")
      const rotated = await readAndCloseSecret(page)
      assert.notEqual(rotated.secret, created.secret)
      await rotated.close()

      // Delete it: back to the list.
      await page.getByRole("button", { name: "Actions", exact: true }).click()
      await page.getByRole("menuitem", { name: "Delete" }).click()
      await confirmPrompt(page, "Delete")
      await waitForToast(page, "Webhook deleted")
      await page.waitForURL(/\/app\/settings\/aftersales-webhooks$/, {
        timeout: NAVIGATION_TIMEOUT,
      })
      await waitForTestId(page, "aftersales-webhooks-table")
      await settle(page)
    },
  },
]
