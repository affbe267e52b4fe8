import { readFile } from "node:fs/promises"
import { fileURLToPath } from "node:url"

import {
  assert,
  gotoAdmin,
  NAVIGATION_TIMEOUT,
  settle,
  UI_TIMEOUT,
  waitForTestId,
} from "./lib/harness.mjs"

const zhCN = JSON.parse(
  await readFile(
    fileURLToPath(new URL("../../src/admin/i18n/json/zh-CN.json", import.meta.url)),
    "utf8"
  )
)

/**
 * The dashboard's i18next language detector reads the `lng` cookie first, then the `lng`
 * localStorage key (see @medusajs/dashboard src/i18n/config.ts); the profile's language
 * setting writes both. Simplified Chinese is the language code `zhCN`.
 */
async function setLanguage(page, baseUrl, code) {
  const { hostname } = new URL(baseUrl)
  await page.context().addCookies([{ name: "lng", value: code, domain: hostname, path: "/" }])
  await page.evaluate((value) => window.localStorage.setItem("lng", value), code)
}

export const tests = [
  {
    name: "switching the admin language to 简体中文 shows the plugin's Chinese strings",
    async run({ page, baseUrl, screenshot }) {
      await gotoAdmin(page, baseUrl, "/aftersales")
      await waitForTestId(page, "aftersales-landing", NAVIGATION_TIMEOUT)
      try {
        await setLanguage(page, baseUrl, "zhCN")
        await page.reload({ waitUntil: "domcontentloaded", timeout: NAVIGATION_TIMEOUT })
        const landing = await waitForTestId(page, "aftersales-landing", NAVIGATION_TIMEOUT)

        const title = zhCN.aftersales.landing.title
        const yourRoles = zhCN.aftersales.landing.yourRoles
        await landing.getByText(yourRoles, { exact: true }).waitFor({ timeout: UI_TIMEOUT })
        await landing.getByRole("heading", { name: title }).waitFor({ timeout: UI_TIMEOUT })
        await page
          .getByTestId("aftersales-card-roles")
          .getByText(zhCN.aftersales.landing.cards.roles.title)
          .waitFor({ timeout: UI_TIMEOUT })
        // The sidebar label is translated too (route config `translationNs`).
        const navText = await page.locator('a[href="/app/aftersales"]').first().textContent()
        assert.match(navText ?? "", new RegExp(zhCN.aftersales.nav.landing))
        await settle(page)
        await screenshot("landing-zh-CN")

        await gotoAdmin(page, baseUrl, "/settings/aftersales-webhooks")
        const webhooks = await waitForTestId(page, "aftersales-webhooks-table", NAVIGATION_TIMEOUT)
        await webhooks
          .getByText(zhCN.aftersales.webhooks.create, { exact: true })
          .waitFor({ timeout: UI_TIMEOUT })
        await settle(page)
        await screenshot("webhooks-zh-CN")
      } finally {
        await setLanguage(page, baseUrl, "en")
      }
    },
  },
]
