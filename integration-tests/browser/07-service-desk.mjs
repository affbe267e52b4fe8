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

// A seeded ticket (see src/scripts/seed-demo.ts) that belongs to customer@example.com.
const SUBJECT = "Espresso machine pump is very loud"

export const tests = [
  {
    name: "service desk lists the seeded tickets; a ticket takes an internal note, moves stage, and shows on its customer's page",
    async run({ page, baseUrl, runId, screenshot }) {
      // The landing page links the service desk.
      await gotoAdmin(page, baseUrl, "/aftersales")
      await waitForTestId(page, "aftersales-landing", NAVIGATION_TIMEOUT)
      await page.getByTestId("aftersales-card-service-desk").click()
      await page.waitForURL(/\/app\/service-tickets$/, { timeout: NAVIGATION_TIMEOUT })

      // The list: the demo seed has a ticket in every stage of the default pipeline.
      const table = await waitForTestId(page, "aftersales-tickets-table", NAVIGATION_TIMEOUT)
      await table
        .locator("tbody tr", { hasText: SUBJECT })
        .first()
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      const stages = new Set(
        await table
          .locator('[data-testid="aftersales-ticket-stage"]')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-stage")))
      )
      assert.ok(stages.size >= 5, `tickets in several stages (got ${[...stages].join(", ")})`)
      // The customer column shows the customer (resolved through the read-only link).
      await table
        .locator("tbody tr", { hasText: SUBJECT })
        .first()
        .getByText("customer@example.com", { exact: false })
        .waitFor({ timeout: UI_TIMEOUT })
      await page.locator('a[href="/app/service-tickets"]').first().waitFor({ state: "visible" })
      await settle(page)
      await screenshot("service-desk-list")

      // Search narrows the list down.
      await page.locator("#ticket-filter-q").fill("Espresso machine pump")
      await page.locator("#ticket-filter-q").press("Enter")
      await table
        .locator("tbody tr", { hasText: "Scooter brakes" })
        .waitFor({ state: "detached", timeout: UI_TIMEOUT })
      const row = table.locator("tbody tr", { hasText: SUBJECT }).first()
      await row.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await settle(page)

      // Open the ticket.
      await row.click()
      await page.waitForURL(/\/app\/service-tickets\/[^/]+$/, { timeout: NAVIGATION_TIMEOUT })
      const detail = await waitForTestId(page, "aftersales-ticket-detail", NAVIGATION_TIMEOUT)
      assert.match(await textOf(detail), new RegExp(SUBJECT))
      const thread = await waitForTestId(page, "aftersales-ticket-thread")
      await waitForTestId(page, "aftersales-ticket-timeline")
      await waitForTestId(page, "aftersales-ticket-transitions")
      await settle(page)
      await screenshot("service-ticket-detail")

      // Post an internal note: it shows in the thread, marked internal.
      const note = `Browser test note ${runId}`
      await page.getByTestId("aftersales-composer-tab-note").click()
      await page.getByTestId("aftersales-composer-body").fill(note)
      await page.getByTestId("aftersales-composer-submit").click()
      await waitForToast(page, "Internal note added")
      const posted = thread
        .locator('[data-testid="aftersales-ticket-message"]', { hasText: note })
        .first()
      await posted.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      assert.equal(await posted.getAttribute("data-visibility"), "internal")
      await posted.getByTestId("aftersales-internal-note").waitFor()
      await settle(page)
      await screenshot("service-ticket-note")

      // Move it to another allowed stage (not cancel, when there is a choice).
      const badge = detail.getByTestId("aftersales-ticket-stage").first()
      const from = await badge.getAttribute("data-stage")
      const buttons = page.getByTestId("aftersales-ticket-transition")
      const targets = await buttons.evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute("data-to"))
      )
      assert.ok(targets.length > 0, `transitions are offered from ${from}`)
      const to = targets.find((target) => target !== "canceled") ?? targets[0]
      await page.locator(`[data-testid="aftersales-ticket-transition"][data-to="${to}"]`).click()
      await waitForToast(page, "Ticket moved to")
      await detail
        .locator(`[data-testid="aftersales-ticket-stage"][data-stage="${to}"]`)
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      assert.notEqual(await badge.getAttribute("data-stage"), from)
      await page
        .getByTestId("aftersales-ticket-activity")
        .filter({ hasText: "Stage changed" })
        .first()
        .waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("service-ticket-transitioned")

      // The customer's page lists the ticket in the widget.
      await page.getByTestId("aftersales-ticket-customer-link").click()
      await page.waitForURL(/\/app\/customers\/[^/]+$/, { timeout: NAVIGATION_TIMEOUT })
      const widget = await waitForTestId(page, "aftersales-related-tickets", NAVIGATION_TIMEOUT)
      await widget
        .getByTestId("aftersales-related-ticket")
        .filter({ hasText: SUBJECT })
        .first()
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await settle(page)
      await widget.scrollIntoViewIfNeeded()
      await screenshot("customer-service-tickets-widget")
    },
  },
  {
    name: "a new ticket opened from the service desk for a customer's order shows on the order page",
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
    async run({ page, baseUrl, runId, screenshot }) {
      const subject = `Browser test ticket ${runId}`

      await gotoAdmin(page, baseUrl, "/service-tickets")
      await waitForTestId(page, "aftersales-tickets-table", NAVIGATION_TIMEOUT)
      await settle(page)
      await page.getByTestId("aftersales-ticket-create").click()
      const drawer = await waitForTestId(page, "aftersales-ticket-create-drawer")

      await drawer.getByTestId("aftersales-ticket-customer-search").fill("customer@example.com")
      await page.locator("#ticket-customer").click()
      await page.getByRole("option", { name: /customer@example\.com/ }).first().click()
      await page.locator("#ticket-order").click()
      await page.getByRole("option", { name: /^#\d+/ }).first().click()
      await drawer.locator('input[name="subject"]').fill(subject)
      await drawer.locator('textarea[name="description"]').fill("Opened by the browser test suite")
      await screenshot("service-ticket-create-drawer")
      await page.getByTestId("aftersales-ticket-create-save").click()
      await waitForToast(page, "opened")

      // The demo's catch-all assignment rule (least loaded over agent@ and supervisor@) gives the
      // new ticket to an agent, which moves it on to the assigned stage; it links its customer and order.
      await page.waitForURL(/\/app\/service-tickets\/[^/]+$/, { timeout: NAVIGATION_TIMEOUT })
      const detail = await waitForTestId(page, "aftersales-ticket-detail", NAVIGATION_TIMEOUT)
      await detail.getByText(subject).waitFor({ timeout: UI_TIMEOUT })
      await detail
        .locator('[data-testid="aftersales-ticket-stage"][data-stage="assigned"]')
        .waitFor({ timeout: UI_TIMEOUT })
      assert.match(
        await textOf(detail.getByTestId("aftersales-ticket-assignee")),
        /(agent|supervisor)@example\.com/
      )
      await settle(page)

      await detail.locator('a[href^="/app/orders/"]').first().click()
      await page.waitForURL(/\/app\/orders\/[^/]+$/, { timeout: NAVIGATION_TIMEOUT })
      const widget = await waitForTestId(page, "aftersales-related-tickets", NAVIGATION_TIMEOUT)
      await widget
        .getByTestId("aftersales-related-ticket")
        .filter({ hasText: subject })
        .first()
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await settle(page)
      await widget.scrollIntoViewIfNeeded()
      await screenshot("order-service-tickets-widget")
    },
  },
]
