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
    name: "pipelines settings list the default pipeline; its editor offers a stage mapping and shows the API's refusal",
    allow: [
      allowResponse(400, /\/admin\/service-ticket-pipelines\//, "saving a pipeline without an initial stage is refused on purpose"),
    ],
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/settings/aftersales-pipelines")
      const table = await waitForTestId(page, "aftersales-pipelines-table", NAVIGATION_TIMEOUT)
      const row = table.locator("tbody tr", { hasText: "service_ticket" }).first()
      await row.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      await row.getByTestId("aftersales-pipeline-default-badge").waitFor()
      assert.match(await textOf(row), /Intake/)
      await settle(page)
      await screenshot("pipelines-list")

      await row.click()
      const drawer = await waitForTestId(page, "aftersales-pipeline-drawer")
      const stages = drawer.getByTestId("aftersales-pipeline-stages")
      await stages.locator('input[value="waiting_on_customer"]').waitFor({ timeout: UI_TIMEOUT })
      const keys = await stages
        .locator('input[name$="-key"]')
        .evaluateAll((inputs) => inputs.map((input) => input.value))
      assert.ok(keys.includes("intake") && keys.includes("closed"), `stages listed (${keys.join(", ")})`)
      await screenshot("pipeline-editor")

      // Removing a stage that holds tickets asks where they go (the seed has a waiting ticket).
      await stages.getByRole("button", { name: "Remove stage" }).nth(keys.indexOf("waiting_on_customer")).click()
      const mapping = await waitForTestId(page, "aftersales-pipeline-stage-mapping")
      assert.match(await textOf(mapping), /Waiting on customer/)
      await page.getByTestId("aftersales-pipeline-mapping-waiting_on_customer").click()
      await page.getByRole("option", { name: "In progress" }).click()

      // Without an initial stage the API refuses the definition and the drawer shows why.
      const remaining = await stages
        .locator('input[name$="-key"]')
        .evaluateAll((inputs) => inputs.map((input) => input.value))
      await stages.getByRole("button", { name: "Remove stage" }).nth(remaining.indexOf("intake")).click()
      await page.getByTestId("aftersales-pipeline-save").click()
      const error = await waitForTestId(page, "aftersales-pipeline-error")
      assert.match(await textOf(error), /initial/i)
      await screenshot("pipeline-editor-refused")

      // Nothing was saved: the stages are still there after closing and reopening.
      await drawer.getByRole("button", { name: "Cancel" }).click()
      await drawer.waitFor({ state: "hidden", timeout: UI_TIMEOUT })
      await row.click()
      const reopened = await waitForTestId(page, "aftersales-pipeline-drawer")
      await reopened.locator('input[value="waiting_on_customer"]').waitFor({ timeout: UI_TIMEOUT })
      await reopened.locator('input[value="intake"]').waitFor({ timeout: UI_TIMEOUT })
      await reopened.getByRole("button", { name: "Cancel" }).click()
      await settle(page)
    },
  },
  {
    name: "canned responses settings create, refuse an unknown variable, edit and delete a response",
    allow: [
      allowResponse(400, /\/admin\/canned-responses/, "an unknown variable is refused on purpose"),
    ],
    async run({ page, baseUrl, runId, screenshot }) {
      const title = `Descaling steps ${runId}`
      await gotoAdmin(page, baseUrl, "/settings/aftersales-canned-responses")
      const table = await waitForTestId(page, "aftersales-canned-responses-table", NAVIGATION_TIMEOUT)
      await settle(page)
      await screenshot("canned-responses-list")

      await page.getByTestId("aftersales-canned-response-create").click()
      const drawer = await waitForTestId(page, "aftersales-canned-response-drawer")
      await drawer.locator('input[name="title"]').fill(title)
      await drawer.locator('input[name="category"]').fill("Maintenance")
      const body = drawer.locator('textarea[name="body"]')
      await body.fill("Hello ")
      // The variables come from GET /admin/canned-responses/variables and insert at the cursor.
      await drawer.locator('[data-variable="customer.first_name"]').click()
      await body.press("End")
      await body.type(", run the descaling program of ticket {{ customer.shoe_size }}.")
      await screenshot("canned-response-drawer")
      await page.getByTestId("aftersales-canned-response-save").click()
      await waitForToast(page, "shoe_size")

      await body.fill("")
      await body.fill("Hello ")
      await drawer.locator('[data-variable="customer.first_name"]').click()
      await body.press("End")
      await body.type(", please run the descaling program (ticket {{ ticket.number }}).")
      assert.match(await body.inputValue(), /Hello \{\{ customer\.first_name \}\}, please/)
      await page.getByTestId("aftersales-canned-response-save").click()
      await waitForToast(page, "Canned response created")
      const row = table.locator("tbody tr", { hasText: title }).first()
      await row.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      assert.match(await textOf(row), /Maintenance/)
      await settle(page)
      await screenshot("canned-response-created")

      await clickRowAction(page, row, "Edit")
      const editor = await waitForTestId(page, "aftersales-canned-response-drawer")
      await editor.locator("#aftersales-canned-active").click()
      await page.getByTestId("aftersales-canned-response-save").click()
      await waitForToast(page, "Canned response saved")
      await row.getByText("Inactive").waitFor({ timeout: UI_TIMEOUT })

      await clickRowAction(page, row, "Delete")
      await confirmPrompt(page, "Delete")
      await waitForToast(page, "Canned response deleted")
      await table.locator("tbody tr", { hasText: title }).waitFor({ state: "detached", timeout: UI_TIMEOUT })
      await settle(page)
    },
  },
]
