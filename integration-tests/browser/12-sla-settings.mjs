import {
  allowResponse,
  assert,
  clickRowAction,
  confirmPrompt,
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
    name: "SLA settings list the seeded policies and calendar; a policy without targets is refused, one with targets is created and deleted",
    allow: [
      allowResponse(400, /\/admin\/sla-policies/, "a policy without any target is refused on purpose"),
    ],
    async run({ page, baseUrl, runId, screenshot }) {
      const name = `Gold, high ${runId}`
      await gotoAdmin(page, baseUrl, "/settings/aftersales-sla")
      const policies = await waitForTestId(page, "aftersales-sla-policies-table", NAVIGATION_TIMEOUT)
      await policies.locator("tbody tr", { hasText: "VIP customers" }).first().waitFor({ timeout: UI_TIMEOUT })
      const urgent = policies.locator("tbody tr", { hasText: "Urgent" }).first()
      assert.match(await textOf(urgent), /1 h/)
      const calendars = await waitForTestId(page, "aftersales-business-calendars-table")
      const office = calendars.locator("tbody tr", { hasText: "Office hours (Berlin)" }).first()
      await office.waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(office), /Europe\/Berlin/)
      assert.match(await textOf(office), /Holidays: 24/)
      await settle(page)
      await screenshot("sla-settings")

      await page.getByTestId("aftersales-sla-policy-create").click()
      const drawer = await waitForTestId(page, "aftersales-sla-policy-drawer")
      await drawer.locator('input[name="name"]').fill(name)
      await page.getByTestId("aftersales-sla-policy-priority").click()
      await page.getByRole("option", { name: "High" }).click()
      await drawer.locator('input[name="customer_tier"]').fill("gold")
      await page.getByTestId("aftersales-sla-policy-save").click()
      await waitForToast(page, "at least one target")

      await drawer.locator('input[name="first_response_minutes"]').fill("45")
      await drawer.locator('input[name="resolution_minutes"]').fill("600")
      await screenshot("sla-policy-drawer")
      await page.getByTestId("aftersales-sla-policy-save").click()
      await waitForToast(page, "SLA policy created")
      const row = policies.locator("tbody tr", { hasText: name }).first()
      await row.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      const text = await textOf(row)
      assert.match(text, /High · Tier gold/)
      assert.match(text, /45 min/)
      assert.match(text, /10 h/)
      await settle(page)
      await screenshot("sla-policy-created")

      await clickRowAction(page, row, "Delete")
      await confirmPrompt(page, "Delete")
      await waitForToast(page, "was deleted")
      await policies.locator("tbody tr", { hasText: name }).waitFor({ state: "detached", timeout: UI_TIMEOUT })
      await settle(page)
    },
  },
  {
    name: "the service desk shows SLA badges and filters by SLA status; the ticket page has an SLA countdown",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/service-tickets")
      // the demo seed leaves tickets on track, at risk and breached
      const breached = page.locator('[data-testid="aftersales-ticket-sla"][data-sla-status="breached"]').first()
      await breached.waitFor({ timeout: NAVIGATION_TIMEOUT })
      await page
        .locator('[data-testid="aftersales-ticket-sla"][data-sla-status="ok"]')
        .first()
        .waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("service-desk-sla-badges")

      // the SLA filter narrows the list to breached tickets
      await page.locator("#ticket-filter-sla_status").click()
      await page.getByRole("option", { name: "Breached" }).click()
      await page
        .locator('[data-testid="aftersales-ticket-sla"][data-sla-status="ok"]')
        .first()
        .waitFor({ state: "detached", timeout: UI_TIMEOUT })
      const statuses = await page
        .locator('[data-testid="aftersales-ticket-sla"]')
        .evaluateAll((badges) => badges.map((badge) => badge.getAttribute("data-sla-status")))
      assert.ok(statuses.length > 0 && statuses.every((status) => status === "breached"), statuses.join(", "))

      await breached.locator("xpath=ancestor::tr").click()
      const panel = await waitForTestId(page, "aftersales-ticket-sla-panel", NAVIGATION_TIMEOUT)
      const firstResponse = panel.locator('[data-sla-target="first_response"]')
      await firstResponse.waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(panel), /Breached/)
      assert.match(await textOf(panel), /Resolution/)
      await settle(page)
      await screenshot("ticket-sla-panel")
    },
  },
]
