import {
  ADMIN_EMAIL,
  allowResponse,
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

export const tests = [
  {
    name: "roles page lists the system roles and the settings sidebar links the plugin pages",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/settings/aftersales-roles")
      const roles = await waitForTestId(page, "aftersales-roles-table", NAVIGATION_TIMEOUT)
      await roles.getByText("Administrator", { exact: true }).waitFor({ timeout: UI_TIMEOUT })
      await roles.getByText("System").first().waitFor()

      for (const href of [
        "/app/settings/aftersales-roles",
        "/app/settings/aftersales-audit-log",
        "/app/settings/aftersales-webhooks",
      ]) {
        await page.locator(`a[href="${href}"]`).first().waitFor({ state: "visible" })
      }
      await waitForTestId(page, "aftersales-assignments-table")
      await settle(page)
      await screenshot("roles")

      // A system role opens read-only: its permissions can be inspected, not changed.
      await roles.locator("tbody tr", { hasText: "Supervisor" }).first().click()
      const drawer = await waitForTestId(page, "aftersales-role-drawer")
      await waitForTestId(page, "aftersales-permission-matrix")
      assert.equal(await page.getByTestId("aftersales-role-save").count(), 0)
      const checkbox = drawer.locator('[data-permission="audit_log:read"]')
      assert.equal(await checkbox.getAttribute("data-state"), "checked")
      assert.equal(await checkbox.isDisabled(), true)
      await screenshot("role-system-view")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden", timeout: UI_TIMEOUT })
    },
  },
  {
    name: "creates a custom role with the permission matrix, assigns it, removes it and deletes it",
    async run({ page, baseUrl, runId, screenshot }) {
      const name = `qa_role_${runId}`
      const label = `QA role ${runId}`

      await gotoAdmin(page, baseUrl, "/settings/aftersales-roles")
      await waitForTestId(page, "aftersales-roles-table", NAVIGATION_TIMEOUT)

      await page.getByTestId("aftersales-role-create").click()
      const drawer = await waitForTestId(page, "aftersales-role-drawer")
      await drawer.locator('input[name="name"]').fill(name)
      await drawer.locator('input[name="label"]').fill(label)
      await drawer
        .locator('textarea[name="description"]')
        .fill("Created by the browser test suite")
      await waitForTestId(page, "aftersales-permission-matrix")
      for (const permission of ["audit_log:read", "webhooks:read", "roles:read"]) {
        const checkbox = drawer.locator(`[data-permission="${permission}"]`)
        await checkbox.click()
        assert.equal(await checkbox.getAttribute("data-state"), "checked")
      }
      await screenshot("role-create-drawer")
      await page.getByTestId("aftersales-role-save").click()
      await waitForToast(page, label)
      await drawer.waitFor({ state: "hidden", timeout: UI_TIMEOUT })

      const roles = page.getByTestId("aftersales-roles-table")
      const roleRow = roles.locator("tbody tr", { hasText: label })
      await roleRow.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      assert.match((await roleRow.textContent()) ?? "", /3 permissions/)
      await settle(page)
      await screenshot("role-created")

      // Assign the new role to the admin user ...
      await page.getByTestId("aftersales-assign-open").click()
      const assign = await waitForTestId(page, "aftersales-assign-drawer")
      await assign.locator("#aftersales-assign-user").click()
      await page.getByRole("option", { name: new RegExp(ADMIN_EMAIL) }).click()
      await assign.locator("#aftersales-assign-role").click()
      await page.getByRole("option", { name: label, exact: true }).click()
      await page.getByTestId("aftersales-assign-save").click()
      await waitForToast(page, "Role assigned")
      const assignments = page.getByTestId("aftersales-assignments-table")
      const assignmentRow = assignments.locator("tbody tr", { hasText: label })
      await assignmentRow.waitFor({ state: "visible", timeout: UI_TIMEOUT })
      assert.match((await assignmentRow.textContent()) ?? "", new RegExp(ADMIN_EMAIL))
      await settle(page)
      await screenshot("role-assigned")

      // ... remove the assignment again ...
      await clickRowAction(page, assignmentRow, "Remove")
      await confirmPrompt(page, "Remove")
      await waitForToast(page, "Assignment removed")
      await assignmentRow.waitFor({ state: "detached", timeout: UI_TIMEOUT })

      // ... and delete the role.
      await clickRowAction(page, roleRow, "Delete")
      await confirmPrompt(page, "Delete")
      await waitForToast(page, "deleted")
      await roleRow.waitFor({ state: "detached", timeout: UI_TIMEOUT })
      await settle(page)
    },
  },
  {
    name: "removing the last administrator assignment shows the server's error in a toast",
    allow: [
      // The server refuses on purpose (MedusaError NOT_ALLOWED → 400; a 409 would be as
      // fine); the test checks that the UI shows the server's message.
      allowResponse(
        400,
        /\/admin\/aftersales\/role-assignments\/[^/?]+/,
        "deleting the last admin assignment is refused"
      ),
      allowResponse(
        409,
        /\/admin\/aftersales\/role-assignments\/[^/?]+/,
        "deleting the last admin assignment is refused"
      ),
    ],
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/settings/aftersales-roles")
      const assignments = await waitForTestId(
        page,
        "aftersales-assignments-table",
        NAVIGATION_TIMEOUT
      )
      const adminRows = assignments.locator("tbody tr", { hasText: "Administrator" })
      // The demo seed gives admin@example.com the Administrator role.
      await adminRows
        .first()
        .waitFor({ state: "visible", timeout: UI_TIMEOUT })
        .catch(() => {})
      await settle(page)
      assert.equal(
        await adminRows.count(),
        1,
        "the demo seed gives exactly one Administrator assignment"
      )
      const refused = page.waitForResponse(
        (response) =>
          response.request().method() === "DELETE" &&
          /\/admin\/aftersales\/role-assignments\//.test(response.url()),
        { timeout: UI_TIMEOUT }
      )
      await clickRowAction(page, adminRows.first(), "Remove")
      await confirmPrompt(page, "Remove")
      const response = await refused
      assert.ok([400, 409].includes(response.status()), `refused, got ${response.status()}`)
      const { message } = await response.json()
      assert.ok(message, "the server explains why")
      await waitForToast(page, message)
      await screenshot("last-admin-refused")
      await adminRows.first().waitFor({ state: "visible" })
      await settle(page)
    },
  },
]
