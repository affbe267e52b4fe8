import { readFile } from "node:fs/promises"
import { fileURLToPath } from "node:url"

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

const zhCN = JSON.parse(
  await readFile(
    fileURLToPath(new URL("../../src/admin/i18n/json/repair-orders.zh-CN.json", import.meta.url)),
    "utf8"
  )
)

/** See 06-i18n.mjs: the dashboard reads the `lng` cookie, then the `lng` localStorage key. */
async function setLanguage(page, baseUrl, code) {
  const { hostname } = new URL(baseUrl)
  await page.context().addCookies([{ name: "lng", value: code, domain: hostname, path: "/" }])
  await page.evaluate((value) => window.localStorage.setItem("lng", value), code)
}

/** Picks an option of a @medusajs/ui Select (Radix) by its visible text. */
async function pickOption(page, trigger, optionText) {
  await trigger.click()
  await page.getByRole("option", { name: optionText }).first().click()
}

// Shared by the tests of this file (they run in order).
const state = { serial: "", number: "" }

export const tests = [
  {
    name: "the repair board shows the seeded repairs by stage; a repair for a unit sold elsewhere is created, refused a move the pipeline does not allow, and found by its serial in the list",
    allow: [
      allowResponse(400, /\/admin\/repair-orders\/[^/]+\/transition$/, "the board test drops a card on a stage the pipeline does not allow"),
    ],
    async run({ page, baseUrl, runId, screenshot }) {
      state.serial = `SN-${runId}`.toUpperCase().replace(/[^A-Z0-9-]/g, "")
      await gotoAdmin(page, baseUrl, "/repair-orders")
      const board = await waitForTestId(page, "aftersales-repair-board", NAVIGATION_TIMEOUT)
      // Seeded repairs sit in several stages of the default pipeline.
      await board.getByTestId("aftersales-repair-card").first().waitFor({ timeout: UI_TIMEOUT })
      const stagesWithCards = await board
        .getByTestId("aftersales-repair-column")
        .evaluateAll((columns) =>
          columns
            .filter((column) => column.querySelector('[data-testid="aftersales-repair-card"]'))
            .map((column) => column.getAttribute("data-stage"))
        )
      assert.ok(stagesWithCards.length >= 2, `seeded repairs in several stages, got ${stagesWithCards.join(", ")}`)
      // Every card sits in the column of its own stage.
      const misplaced = await board.getByTestId("aftersales-repair-column").evaluateAll((columns) =>
        columns.flatMap((column) =>
          [...column.querySelectorAll('[data-testid="aftersales-repair-card"]')]
            .filter((card) => card.getAttribute("data-stage") !== column.getAttribute("data-stage"))
            .map((card) => card.getAttribute("data-number"))
        )
      )
      assert.deepEqual(misplaced, [])
      await settle(page)
      await screenshot("repair-board")

      // A unit sold elsewhere: customer name/e-mail, product title and serial.
      await page.getByTestId("aftersales-repair-create").click()
      const drawer = await waitForTestId(page, "aftersales-repair-create-drawer")
      await pickOption(page, drawer.getByTestId("aftersales-repair-source"), /Sold elsewhere/)
      await drawer.locator('input[name="customer_name"]').fill("Browser Test Customer")
      await drawer.locator('input[name="customer_email"]').fill(`repair-${runId}@example.com`)
      await drawer.locator('input[name="product_title"]').fill("Aurora Espresso Machine (bought elsewhere)")
      await drawer.locator('input[name="serial_number"]').fill(state.serial)
      await drawer.locator('textarea[name="fault_description"]').fill("Pump is loud and no pressure builds up")
      await screenshot("repair-create")
      await page.getByTestId("aftersales-repair-create-save").click()
      const toast = await waitForToast(page, "created")
      state.number = (/RO-\d+/.exec(await textOf(toast)) ?? [""])[0]
      assert.ok(state.number, "the toast names the new repair's number")
      await waitForTestId(page, "aftersales-repair-page", NAVIGATION_TIMEOUT)
      assert.equal(await textOf(page.getByTestId("aftersales-repair-number")), state.number)

      // The new repair is on the board in the first stage.
      await gotoAdmin(page, baseUrl, "/repair-orders")
      const requested = page.locator('[data-testid="aftersales-repair-column"][data-stage="requested"]')
      const card = requested.locator(`[data-testid="aftersales-repair-card"][data-number="${state.number}"]`)
      await card.waitFor({ timeout: UI_TIMEOUT })

      // Dropping it on a stage the pipeline does not allow from "requested": the server's refusal
      // is shown and the card stays where it was.
      const target = page.locator('[data-testid="aftersales-repair-column"][data-stage="in_repair"]')
      const dataTransfer = await page.evaluateHandle(() => new DataTransfer())
      await card.dispatchEvent("dragstart", { dataTransfer })
      await target.dispatchEvent("dragover", { dataTransfer })
      await target.dispatchEvent("drop", { dataTransfer })
      const refusal = await waitForToast(page, `${state.number} was not moved`)
      assert.match(await textOf(refusal), /requested|in_repair|not allowed|cannot/i)
      await card.waitFor({ timeout: UI_TIMEOUT })

      // The list finds it by serial number, and only it.
      await page.getByTestId("aftersales-repair-view-list").click()
      const table = await waitForTestId(page, "aftersales-repairs-table", NAVIGATION_TIMEOUT)
      await table.locator("tbody tr").first().waitFor({ timeout: UI_TIMEOUT })
      await page.getByTestId("aftersales-repair-search").fill(state.serial)
      await page.getByTestId("aftersales-repair-apply").click()
      const row = table.locator("tbody tr", { hasText: state.number })
      await row.first().waitFor({ timeout: UI_TIMEOUT })
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="aftersales-repairs-table"] tbody tr').length === 1,
        null,
        { timeout: UI_TIMEOUT }
      )
      assert.match(await textOf(row.first()), new RegExp(state.serial))
      await settle(page)
      await screenshot("repair-list-search")
    },
  },
  {
    name: "the repair detail shows the entitlement, a part added through the part picker and the costs; a transition button moves the stage",
    async run({ page, baseUrl, screenshot }) {
      assert.ok(state.number, "the previous test created a repair")
      await gotoAdmin(page, baseUrl, "/repair-orders?view=list")
      const table = await waitForTestId(page, "aftersales-repairs-table", NAVIGATION_TIMEOUT)
      await page.getByTestId("aftersales-repair-search").fill(state.serial)
      await page.getByTestId("aftersales-repair-apply").click()
      await table.locator("tbody tr", { hasText: state.number }).first().click()
      await waitForTestId(page, "aftersales-repair-page", NAVIGATION_TIMEOUT)

      // A unit sold elsewhere without a registration: out of the store's warranty records.
      const entitlement = page.getByTestId("aftersales-repair-entitlement")
      await entitlement.waitFor({ timeout: UI_TIMEOUT })
      const badge = entitlement.getByTestId("aftersales-repair-warranty")
      assert.ok(
        ["unknown", "out_of_warranty"].includes(await badge.getAttribute("data-status")),
        "a unit without a registration is not covered"
      )

      // Add a part: the costs card follows.
      await page.getByTestId("aftersales-repair-part-add").click()
      const drawer = await waitForTestId(page, "aftersales-repair-part-drawer")
      await drawer.getByTestId("aftersales-repair-part-search").fill("SP-AUR-PUMP")
      await pickOption(page, drawer.getByTestId("aftersales-repair-part-select"), /SP-AUR-PUMP/)
      await drawer.locator("#repair-part-quantity").fill("1")
      await page.getByTestId("aftersales-repair-part-save").click()
      await waitForToast(page, "Part added")
      const partRow = page.locator('[data-testid="aftersales-repair-part-row"][data-part="SP-AUR-PUMP"]')
      await partRow.waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(partRow), /Planned/)
      const costs = page.getByTestId("aftersales-repair-costs")
      await costs.getByTestId("aftersales-repair-costs-total-price").waitFor({ timeout: UI_TIMEOUT })
      await page.waitForFunction(
        () => {
          const text = document.querySelector('[data-testid="aftersales-repair-costs-total-price"]')?.textContent ?? ""
          return /[1-9]/.test(text)
        },
        null,
        { timeout: UI_TIMEOUT }
      )
      // Not covered: the customer pays the whole price.
      assert.equal(
        await textOf(costs.getByTestId("aftersales-repair-costs-customer")),
        await textOf(costs.getByTestId("aftersales-repair-costs-total-price"))
      )
      await settle(page)
      await screenshot("repair-detail")

      // Approve through the transition buttons the server offers.
      const approve = page.locator('[data-testid="aftersales-repair-transition"][data-to="approved"]')
      await approve.waitFor({ timeout: UI_TIMEOUT })
      await approve.click()
      await waitForToast(page, `${state.number} moved to Approved`)
      await page
        .locator('[data-testid="aftersales-repair-detail"] [data-testid="aftersales-repair-stage"][data-stage="approved"]')
        .waitFor({ timeout: UI_TIMEOUT })
      await page
        .locator('[data-testid="aftersales-repair-activity"]', { hasText: "Approved" })
        .first()
        .waitFor({ timeout: UI_TIMEOUT })
      await settle(page)
      await screenshot("repair-approved")
    },
  },
  {
    name: "a seeded in-warranty repair found by its serial shows its policy, the issued pump and costs the warranty covers",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/repair-orders?view=list")
      const table = await waitForTestId(page, "aftersales-repairs-table", NAVIGATION_TIMEOUT)
      await table.locator("tbody tr").first().waitFor({ timeout: UI_TIMEOUT })
      // The demo's espresso machine from order 1 (serial from its warranty registration), now in repair.
      await page.getByTestId("aftersales-repair-search").fill("AUR-ESP-SLV-0001-1")
      await page.getByTestId("aftersales-repair-apply").click()
      // Wait for the filtered page (the previous rows stay while it loads).
      await page.waitForFunction(
        () => {
          const rows = [...document.querySelectorAll('[data-testid="aftersales-repairs-table"] tbody tr')]
          return rows.length > 0 && rows.every((row) => row.textContent.includes("AUR-ESP-SLV-0001-1"))
        },
        null,
        { timeout: UI_TIMEOUT }
      )
      const row = table.locator("tbody tr", { hasText: "In repair" }).first()
      await row.waitFor({ timeout: UI_TIMEOUT })
      // The same unit's earlier, closed repair is part of its record too.
      await table.locator("tbody tr", { hasText: "Closed" }).first().waitFor({ timeout: UI_TIMEOUT })
      await row.click()
      await waitForTestId(page, "aftersales-repair-page", NAVIGATION_TIMEOUT)

      const entitlement = page.getByTestId("aftersales-repair-entitlement")
      await entitlement.locator('[data-testid="aftersales-repair-warranty"][data-status="in_warranty"]').waitFor({
        timeout: UI_TIMEOUT,
      })
      assert.notEqual(await textOf(entitlement.getByTestId("aftersales-repair-entitlement-policy")), "-")
      const pump = page.locator('[data-testid="aftersales-repair-part-row"][data-part="SP-AUR-PUMP"]')
      await pump.waitFor({ timeout: UI_TIMEOUT })
      assert.match(await textOf(pump), /Issued/)
      await page.getByTestId("aftersales-repair-labour-row").first().waitFor({ timeout: UI_TIMEOUT })
      const costs = page.getByTestId("aftersales-repair-costs")
      await costs.getByTestId("aftersales-repair-costs-covered").waitFor({ timeout: UI_TIMEOUT })
      // Parts and labour covered: the warranty pays everything, the customer nothing.
      assert.equal(
        await textOf(costs.getByTestId("aftersales-repair-costs-covered")),
        await textOf(costs.getByTestId("aftersales-repair-costs-total-price"))
      )
      assert.match(await textOf(costs.getByTestId("aftersales-repair-costs-customer")), /^€0\.00$/)
      await settle(page)
      await screenshot("repair-detail-in-warranty")
    },
  },
  {
    name: "in 简体中文 the repair board and detail show Chinese labels",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/repair-orders")
      await waitForTestId(page, "aftersales-repair-board", NAVIGATION_TIMEOUT)
      try {
        await setLanguage(page, baseUrl, "zhCN")
        await page.reload({ waitUntil: "domcontentloaded", timeout: NAVIGATION_TIMEOUT })
        const repairs = zhCN.aftersales.repairs
        const pageRoot = await waitForTestId(page, "aftersales-repairs-page", NAVIGATION_TIMEOUT)
        await pageRoot.getByRole("heading", { name: repairs.title }).waitFor({ timeout: UI_TIMEOUT })
        await page
          .locator('[data-testid="aftersales-repair-column"][data-stage="requested"]')
          .getByText(repairs.stages.requested, { exact: true })
          .waitFor({ timeout: UI_TIMEOUT })
        await page.getByTestId("aftersales-repair-view-list").getByText(repairs.views.list).waitFor({ timeout: UI_TIMEOUT })
        const navText = await page.locator('a[href="/app/repair-orders"]').first().textContent()
        assert.match(navText ?? "", new RegExp(repairs.nav))
        await settle(page)
        await screenshot("repair-board-zh-CN")

        await page.getByTestId("aftersales-repair-card").first().click()
        await waitForTestId(page, "aftersales-repair-page", NAVIGATION_TIMEOUT)
        await page
          .getByTestId("aftersales-repair-entitlement")
          .getByText(repairs.warranty.title, { exact: true })
          .waitFor({ timeout: UI_TIMEOUT })
        await page.getByTestId("aftersales-repair-costs").getByText(repairs.costs.title, { exact: true }).waitFor({ timeout: UI_TIMEOUT })
        await page.getByTestId("aftersales-repair-parts").getByText(repairs.parts.title, { exact: true }).waitFor({ timeout: UI_TIMEOUT })
        await settle(page)
        await screenshot("repair-detail-zh-CN")
      } finally {
        await setLanguage(page, baseUrl, "en")
      }
    },
  },
]
