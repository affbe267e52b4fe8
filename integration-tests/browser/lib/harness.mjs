// Helpers shared by the browser tests (run by scripts/test-browser.mjs with playwright-core).
import assert from "node:assert/strict"

export const ADMIN_EMAIL = process.env.AFTERSALES_ADMIN_EMAIL || "admin@example.com"
export const ADMIN_PASSWORD = process.env.AFTERSALES_ADMIN_PASSWORD || "supersecret"

/** Generous: under `medusa develop` the first admin load compiles through Vite (30-60 s). */
export const NAVIGATION_TIMEOUT = 180_000
export const UI_TIMEOUT = 60_000

/**
 * Noise that is understood and not a defect of the pages under test. Everything else that
 * shows up as a console error, an uncaught page error, a response >= 400 or a failed request
 * fails the test.
 */
const GLOBAL_NOISE = [
  {
    // The browser cancels in-flight requests when a page navigates or a component unmounts
    // (react-query aborts, route changes, Vite's reload after optimising a dependency), and a
    // download through a blob link is reported as aborted too. Nothing failed on the server.
    why: "request cancelled by the browser",
    match: (issue) =>
      issue.kind === "requestfailed" && /net::ERR_ABORTED/.test(issue.text ?? ""),
  },
  {
    // Core dashboard pages (e.g. the orders list shown right after login) load country flag
    // images from the flag-icons CDN. Without internet access they cannot load; they are not
    // part of the plugin's pages and nothing depends on them.
    why: "core dashboard flag images from the public CDN (offline test machines)",
    match: (issue) =>
      /^https:\/\/cdn\.jsdelivr\.net\/gh\/lipis\/flag-icons\//.test(issue.url ?? ""),
  },
]

/** Collects console errors, page errors, HTTP errors and failed requests of a page. */
export function watchPage(page) {
  const issues = []

  page.on("console", (message) => {
    if (message.type() === "error") {
      issues.push({
        kind: "console",
        text: message.text(),
        url: message.location()?.url,
      })
    }
  })
  page.on("pageerror", (error) => {
    issues.push({ kind: "pageerror", text: error.stack || error.message })
  })
  page.on("response", (response) => {
    if (response.status() >= 400) {
      issues.push({
        kind: "response",
        status: response.status(),
        method: response.request().method(),
        url: response.url(),
      })
    }
  })
  page.on("requestfailed", (request) => {
    issues.push({
      kind: "requestfailed",
      method: request.method(),
      url: request.url(),
      text: request.failure()?.errorText,
    })
  })

  return {
    reset() {
      issues.length = 0
    },
    /** Issues not explained by the global noise list or the test's own `allow` list. */
    unexpected(allow = []) {
      return issues.filter(
        (issue) =>
          !GLOBAL_NOISE.some((noise) => noise.match(issue)) &&
          !allow.some((rule) => rule.match(issue))
      )
    },
  }
}

export function formatIssue(issue) {
  switch (issue.kind) {
    case "response":
      return `HTTP ${issue.status} ${issue.method} ${issue.url}`
    case "requestfailed":
      return `request failed (${issue.text}) ${issue.method} ${issue.url}`
    case "console":
      return `console error: ${issue.text}${issue.url ? ` (at ${issue.url})` : ""}`
    default:
      return `page error: ${issue.text}`
  }
}

/** Allows one expected HTTP error status for requests whose URL matches `urlPattern`. */
export function allowResponse(status, urlPattern, why) {
  return {
    why,
    match: (issue) =>
      (issue.kind === "response" && issue.status === status && urlPattern.test(issue.url)) ||
      // Chromium also logs every >= 400 response as a console error for the same URL.
      (issue.kind === "console" &&
        issue.text.includes(`status of ${status}`) &&
        urlPattern.test(issue.url ?? "")),
  }
}

export async function gotoAdmin(page, baseUrl, path) {
  await page.goto(`${baseUrl}/app${path}`, {
    waitUntil: "domcontentloaded",
    timeout: NAVIGATION_TIMEOUT,
  })
}

export async function waitForTestId(page, testId, timeout = UI_TIMEOUT) {
  const locator = page.getByTestId(testId)
  await locator.first().waitFor({ state: "visible", timeout })
  return locator.first()
}

/** Waits until the network has been quiet, so late requests are attributed to this test. */
export async function settle(page) {
  await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => {})
}

/** A toast (sonner, as rendered by @medusajs/ui's Toaster) containing `text`. */
export async function waitForToast(page, text, timeout = UI_TIMEOUT) {
  const toast = page.locator("[data-sonner-toast]", { hasText: text }).first()
  await toast.waitFor({ state: "visible", timeout })
  return toast
}

/** Opens the row action menu (the "..." button of a DataTable row) and clicks an item. */
export async function clickRowAction(page, row, itemName) {
  await row.locator("button").last().click()
  await page.getByRole("menuitem", { name: itemName }).click()
}

/** Confirms the open `usePrompt` dialog with the button labelled `confirmText`. */
export async function confirmPrompt(page, confirmText) {
  const dialog = page.getByRole("alertdialog").last()
  await dialog.waitFor({ state: "visible", timeout: UI_TIMEOUT })
  await dialog.getByRole("button", { name: confirmText, exact: true }).click()
  await dialog.waitFor({ state: "hidden", timeout: UI_TIMEOUT })
}

/** Logs in through the admin login form; resolves once the dashboard shows its sidebar. */
export async function login(page, baseUrl, { onFormFilled } = {}) {
  // Start logged out so the form is shown.
  await page.context().clearCookies()
  await gotoAdmin(page, baseUrl, "/login")
  const email = page.locator('input[name="email"]')
  await email.waitFor({ state: "visible", timeout: NAVIGATION_TIMEOUT })
  await email.fill(ADMIN_EMAIL)
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
  await onFormFilled?.()
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes("/login"), {
    timeout: NAVIGATION_TIMEOUT,
  })
  // The main sidebar, with the plugin's entry.
  await page
    .locator('a[href="/app/aftersales"]')
    .first()
    .waitFor({ state: "visible", timeout: NAVIGATION_TIMEOUT })
}

export async function textOf(locator) {
  return ((await locator.textContent()) ?? "").trim()
}

export { assert }
