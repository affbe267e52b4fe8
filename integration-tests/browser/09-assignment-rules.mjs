import {
  assert,
  confirmPrompt,
  gotoAdmin,
  NAVIGATION_TIMEOUT,
  settle,
  textOf,
  UI_TIMEOUT,
  waitForTestId,
  waitForToast,
} from "./lib/harness.mjs"

// A seeded open ticket (src/scripts/seed-demo.ts) with a seeded follow-up (src/scripts/seed/assignment-tasks.ts).
const SUBJECT = "Espresso machine pump is very loud"

const ruleNames = (page) =>
  page
    .getByTestId("aftersales-assignment-rule")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-name")))

export const tests = [
  {
    name: "assignment rules settings list the seeded rules; a new rule is created, moved up and deleted",
    async run({ page, baseUrl, runId, screenshot }) {
      await gotoAdmin(page, baseUrl, "/settings/aftersales-assignment-rules")
      await waitForTestId(page, "aftersales-assignment-rules-page", NAVIGATION_TIMEOUT)
      await page
        .getByTestId("aftersales-assignment-rule")
        .first()
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      const seeded = await ruleNames(page)
      assert.deepEqual(seeded.slice(0, 2), [
        "Technical support rotation",
        "Everything else: least loaded",
      ])
      const first = page.getByTestId("aftersales-assignment-rule").first()
      assert.match(await textOf(first), /Round robin/)
      assert.match(await textOf(first), /Technical support/)
      assert.match(await textOf(first), /agent@example\.com/)
      await settle(page)
      await screenshot("assignment-rules")

      // Create a round-robin rule for repair requests over two agents.
      const name = `Repairs ${runId}`
      await page.getByTestId("aftersales-rule-create").click()
      const drawer = await waitForTestId(page, "aftersales-rule-drawer")
      await drawer.locator("#aftersales-rule-name").fill(name)
      await drawer.locator("#aftersales-rule-team").fill("Workshop")
      const members = drawer.getByTestId("aftersales-rule-members")
      await members.getByText("technician@example.com", { exact: false }).click()
      await members.getByText("supervisor@example.com", { exact: false }).click()
      await drawer.getByTestId("aftersales-rule-ticket-types").getByText("Repair request").click()
      await drawer.getByTestId("aftersales-rule-priorities").getByText("Urgent").click()
      await screenshot("assignment-rule-form")
      await page.getByTestId("aftersales-rule-save").click()
      await waitForToast(page, `Rule "${name}" created`)
      await drawer.waitFor({ state: "hidden", timeout: UI_TIMEOUT })

      const created = page.locator(`[data-testid="aftersales-assignment-rule"][data-name="${name}"]`)
      await created.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      assert.equal((await ruleNames(page)).at(-1), name, "a new rule goes last")
      assert.match(await textOf(created), /Repair request/)
      assert.match(await textOf(created), /Workshop/)

      // Moving it up puts it before the rule above it.
      const before = await ruleNames(page)
      await created.getByTestId("aftersales-rule-move-up").click()
      await page.waitForFunction(
        ([expected]) =>
          [...document.querySelectorAll('[data-testid="aftersales-assignment-rule"]')]
            .map((node) => node.getAttribute("data-name"))
            .indexOf(expected[0]) === expected[1],
        [[name, before.length - 2]],
        { timeout: UI_TIMEOUT }
      )

      // Delete it again so the other tests see only the seeded rules.
      await created.getByRole("button", { name: "Delete" }).click()
      await confirmPrompt(page, "Delete")
      await waitForToast(page, `Rule "${name}" deleted`)
      await created.waitFor({ state: "detached", timeout: UI_TIMEOUT })
      assert.deepEqual(await ruleNames(page), seeded)
      await settle(page)
    },
  },
  {
    name: "a ticket's tasks panel adds a follow-up with a due date and marks it done; tasks due lists open tasks",
    async run({ page, baseUrl, runId, screenshot }) {
      await gotoAdmin(page, baseUrl, "/service-tickets")
      const table = await waitForTestId(page, "aftersales-tickets-table", NAVIGATION_TIMEOUT)
      await page.locator("#ticket-filter-q").fill(SUBJECT)
      await page.locator("#ticket-filter-q").press("Enter")
      const row = table.locator("tbody tr", { hasText: SUBJECT }).first()
      await row.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await settle(page)
      await row.click()
      await page.waitForURL(/\/app\/service-tickets\/[^/]+$/, { timeout: NAVIGATION_TIMEOUT })

      const panel = await waitForTestId(page, "aftersales-ticket-tasks", NAVIGATION_TIMEOUT)
      await panel
        .getByTestId("aftersales-ticket-task")
        .filter({ hasText: "Check that the replacement pump left the warehouse" })
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })

      const title = `Call the courier ${runId}`
      await panel.locator("#aftersales-follow-up-title").fill(title)
      await panel.locator("#aftersales-follow-up-due").fill("2030-01-15T10:30")
      await page.getByTestId("aftersales-follow-up-save").click()
      await waitForToast(page, "Follow-up added")
      const task = panel.getByTestId("aftersales-ticket-task").filter({ hasText: title })
      await task.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      assert.equal(await task.getAttribute("data-status"), "open")
      assert.match(await textOf(task), /2030/)
      await settle(page)
      await screenshot("ticket-tasks-panel")

      await task.getByTestId("aftersales-task-complete").click()
      await waitForToast(page, "Task done")
      await page
        .locator(`[data-testid="aftersales-ticket-task"][data-status="done"]`, { hasText: title })
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      const timeline = await waitForTestId(page, "aftersales-ticket-timeline")
      await timeline
        .getByText(`Follow-up "${title}" done`)
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await settle(page)

      // Tasks due: everyone's open tasks of any due date include the seeded follow-up.
      await gotoAdmin(page, baseUrl, "/service-tickets")
      await page.getByTestId("aftersales-tasks-due-link").click()
      await page.waitForURL(/\/app\/service-tickets\/tasks$/, { timeout: NAVIGATION_TIMEOUT })
      const due = await waitForTestId(page, "aftersales-tasks-due", NAVIGATION_TIMEOUT)
      await page.getByTestId("aftersales-tasks-scope").click()
      await page.getByRole("option", { name: "Everyone's tasks" }).click()
      await page.getByTestId("aftersales-tasks-due-window").click()
      await page.getByRole("option", { name: "Any due date" }).click()
      await due
        .getByTestId("aftersales-due-task")
        .filter({ hasText: "Check that the replacement pump left the warehouse" })
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
      assert.equal(
        await due.getByTestId("aftersales-due-task").filter({ hasText: title }).count(),
        0,
        "a done task is not due"
      )
      await settle(page)
      await screenshot("tasks-due")
    },
  },
]
