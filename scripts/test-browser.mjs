#!/usr/bin/env node
// `npm run test:browser`: starts the demo host (scripts/start.mjs) on a free port with its own
// database, drives the admin with Chromium through playwright-core (integration-tests/browser/*.mjs)
// and stops everything it started, also when a test fails or the run is interrupted.
//
// Environment:
//   CHROMIUM_PATH         browser binary (default /usr/bin/chromium; .ci/run installs it via apt)
//   BROWSER_TEST_PORT     first port to try for the host (default 9100)
//   BROWSER_TEST_FILTER   only run tests whose file or name contains this text
//   DATABASE_URL          use this database instead of a throw-away embedded PostgreSQL
//   AFTERSALES_DATA_DIR   keep the embedded PostgreSQL cluster here (default: a temp dir, removed)
//   BROWSER_TEST_KEEP=1   keep the temp dir (server log, downloads) after the run
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { basename, dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const testsDir = join(root, "integration-tests", "browser")
const resultsDir = join(root, "test-results", "browser")
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const filter = process.env.BROWSER_TEST_FILTER || ""
const HEALTH_TIMEOUT_MS = 5 * 60_000
const STOP_GRACE_MS = 20_000
const MAX_RELOAD_RETRIES = 2

const log = (message) => process.stdout.write(`${message}\n`)

if (!existsSync(chromiumPath)) {
  process.stderr.write(
    [
      `Chromium was not found at ${chromiumPath}.`,
      "The browser tests drive Debian's chromium package through playwright-core.",
      "Install it with:  sudo apt-get install -y chromium   (.ci/run does this)",
      "or point CHROMIUM_PATH at another Chromium binary.",
      "",
    ].join("\n")
  )
  process.exit(1)
}

// ---------------------------------------------------------------------------------------------
// Ports, temp dir, run id

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host: "0.0.0.0" }, () => server.close(() => resolve(true)))
  })
}

async function findFreePort(start) {
  for (let port = start; port < start + 200; port++) {
    if (await isPortFree(port)) {
      return port
    }
  }
  throw new Error(`No free port found from ${start}`)
}

const runId = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`
// Logs, downloads and screenshots are written outside the repository while the host runs:
// `medusa develop` restarts the server on any file change in the project.
const tmpDir = mkdtempSync(join(tmpdir(), "aftersales-browser-"))
// As root, embedded PostgreSQL runs as the `postgres` user, which must reach its data dir.
chmodSync(tmpDir, 0o755)
const shotsDir = join(tmpDir, "screenshots")
mkdirSync(shotsDir, { recursive: true })
const serverLogPath = join(tmpDir, "server.log")
const ownDataDir = !process.env.DATABASE_URL && !process.env.AFTERSALES_DATA_DIR
const dataDir = process.env.AFTERSALES_DATA_DIR || join(tmpDir, "postgres")

// ---------------------------------------------------------------------------------------------
// The host process (its own process group) and its shutdown

let host = null
/** Every process the host starts inherits this marker; used to find stragglers on shutdown. */
const marker = `AFTERSALES_BROWSER_RUN=${runId}`

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false
  }
}

/** Processes that carry this run's marker in their environment (the host's descendants). */
function markedPids() {
  const pids = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) {
      continue
    }
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, "utf8")
      if (environ.split("\0").includes(marker)) {
        pids.push(Number(entry))
      }
    } catch {}
  }
  return pids
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await predicate()) {
      return true
    }
    await sleep(250)
  }
  return predicate()
}

let stopping = null
function stopHost() {
  stopping ??= (async () => {
    if (host && host.exitCode === null && host.signalCode === null) {
      log("Stopping the host ...")
      // SIGINT lets start.mjs stop `medusa develop` (its own process group) and PostgreSQL.
      killGroup(host.pid, "SIGINT")
      if (!(await waitFor(() => host.exitCode !== null || host.signalCode !== null, STOP_GRACE_MS))) {
        killGroup(host.pid, "SIGTERM")
        if (!(await waitFor(() => host.exitCode !== null || host.signalCode !== null, 10_000))) {
          killGroup(host.pid, "SIGKILL")
        }
      }
    }
    // Whatever the host started and left behind (e.g. after a SIGKILL): TERM, then KILL.
    let leftovers = markedPids()
    if (leftovers.length) {
      leftovers.forEach((pid) => {
        try {
          process.kill(pid, "SIGTERM")
        } catch {}
      })
      await waitFor(() => markedPids().length === 0, 10_000)
      markedPids().forEach((pid) => {
        try {
          process.kill(pid, "SIGKILL")
        } catch {}
      })
    }
  })()
  return stopping
}

/** Waits until GET /health answers 200 (after a dev-server reload the port is closed a while). */
async function waitForHealthy(origin, timeoutMs = HEALTH_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (host && (host.exitCode !== null || host.signalCode !== null)) {
      throw new Error(`The host exited (code ${host.exitCode ?? host.signalCode}).`)
    }
    try {
      if ((await fetch(`${origin}/health`)).status === 200) {
        return
      }
    } catch {}
    await sleep(1000)
  }
  throw new Error("The host did not answer GET /health with 200 within 5 minutes.")
}

async function startHost(port, pgPort) {
  const out = openSync(serverLogPath, "a")
  const origin = `http://localhost:${port}`
  const env = {
    ...process.env,
    PORT: String(port),
    AFTERSALES_DATA_DIR: dataDir,
    AFTERSALES_PG_PORT: String(pgPort),
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: "development",
    ADMIN_CORS: `${origin},http://127.0.0.1:${port}`,
    AUTH_CORS: `${origin},http://127.0.0.1:${port}`,
    STORE_CORS: `${origin},http://127.0.0.1:${port}`,
    [marker.split("=")[0]]: runId,
  }
  host = spawn(process.execPath, [join(root, "scripts", "start.mjs")], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", out, out],
  })
  log(`Host starting on ${origin} (pid ${host.pid}, log ${serverLogPath})`)

  await waitForHealthy(origin)
  return origin
}

function tailServerLog(lines = 60) {
  try {
    return readFileSync(serverLogPath, "utf8").split("\n").slice(-lines).join("\n")
  } catch {
    return "(no server log)"
  }
}

function serverLogSize() {
  try {
    return statSync(serverLogPath).size
  } catch {
    return 0
  }
}

/** True when `medusa develop` reloaded between two log offsets (a file changed in the tree). */
function serverReloadedSince(offset) {
  try {
    // Offsets are in bytes (the log has multi-byte characters).
    const text = readFileSync(serverLogPath).subarray(offset).toString("utf8")
    return /Reloaded in|reloading dev server|restarting dev server/i.test(text)
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------------------------
// Tests

async function loadTests() {
  const files = readdirSync(testsDir)
    .filter((file) => file.endsWith(".mjs"))
    .sort()
  const tests = []
  for (const file of files) {
    const module = await import(pathToFileURL(join(testsDir, file)).href)
    for (const test of module.tests ?? []) {
      const name = `${basename(file, ".mjs")} › ${test.name}`
      tests.push({ ...test, file, fullName: name })
    }
  }
  return tests
}

/**
 * Static check before anything starts: every English translation file (`en.json`,
 * `<feature>.en.json`) has a Simplified Chinese twin with the same keys.
 */
function checkTranslations() {
  const dir = join(root, "src/admin/i18n/json")
  const flatten = (value, prefix = "") =>
    Object.entries(value).flatMap(([key, child]) =>
      child && typeof child === "object"
        ? flatten(child, `${prefix}${key}.`)
        : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, "")]
    )
  const load = (name) => new Set(flatten(JSON.parse(readFileSync(join(dir, name), "utf8"))))
  const problems = []
  for (const enName of readdirSync(dir).filter((name) => /(^|\.)en\.json$/.test(name))) {
    const zhName = enName.replace(/en\.json$/, "zh-CN.json")
    if (!existsSync(join(dir, zhName))) {
      problems.push(`${zhName} is missing`)
      continue
    }
    const en = load(enName)
    const zh = load(zhName)
    const onlyEn = [...en].filter((key) => !zh.has(key))
    const onlyZh = [...zh].filter((key) => !en.has(key))
    if (onlyEn.length || onlyZh.length) {
      problems.push(
        `missing in ${zhName}: ${onlyEn.join(", ") || "-"}; missing in ${enName}: ${onlyZh.join(", ") || "-"}`
      )
    }
  }
  if (problems.length) {
    throw new Error(`Translation keys differ. ${problems.join(" | ")}`)
  }
}

async function main() {
  const { chromium } = await import("playwright-core")
  const results = []
  const record = (name, status, detail) => {
    results.push({ name, status, detail })
    const mark = status === "passed" ? "✓" : "✗"
    log(`${mark} ${name}${detail ? `\n    ${detail.split("\n").join("\n    ")}` : ""}`)
  }

  try {
    checkTranslations()
    record("i18n › every en.json has a zh-CN.json twin with the same keys", "passed")
  } catch (error) {
    record("i18n › every en.json has a zh-CN.json twin with the same keys", "failed", error.message)
  }

  // The login test always runs: every other test needs the session.
  const tests = (await loadTests()).filter(
    (test) =>
      !filter ||
      test.file.startsWith("01-") ||
      test.fullName.includes(filter) ||
      test.file.includes(filter)
  )

  const port = await findFreePort(Number(process.env.BROWSER_TEST_PORT || 9100))
  const pgPort = await findFreePort(54340)
  let browser = null
  let shotIndex = 0

  try {
    const baseUrl = await startHost(port, pgPort)
    log(`Host healthy at ${baseUrl}`)

    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    })
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
      locale: "en-US",
    })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    page.setDefaultNavigationTimeout(180_000)
    const { watchPage, formatIssue, login } = await import(
      pathToFileURL(join(testsDir, "lib", "harness.mjs")).href
    )
    const watcher = watchPage(page)

    const screenshot = async (name) => {
      shotIndex += 1
      const file = join(shotsDir, `${String(shotIndex).padStart(2, "0")}-${name}.png`)
      await page.screenshot({ path: file, fullPage: true }).catch(() => {})
    }

    let loggedIn = false
    // Sessions live in the server's memory: a dev-server reload logs the browser out.
    let sessionSince = 0
    const ensureSession = async () => {
      if (loggedIn && serverReloadedSince(sessionSince)) {
        log("  (the dev server reloaded; logging in again)")
        sessionSince = serverLogSize()
        await login(page, baseUrl)
      }
    }
    for (const test of tests) {
      if (!test.file.startsWith("01-") && !loggedIn) {
        record(test.fullName, "failed", "not run: the login test did not pass")
        continue
      }
      let attempt = 0
      while (true) {
        attempt += 1
        await waitForHealthy(baseUrl)
        const logOffset = serverLogSize()
        if (test.file.startsWith("01-")) {
          sessionSince = logOffset
        } else {
          await ensureSession().catch(() => {})
        }
        watcher.reset()
        let error = null
        try {
          await test.run({
            page,
            context,
            baseUrl,
            // Unique per attempt: a retried test must not collide with what the first made.
            runId: attempt === 1 ? runId : `${runId}r${attempt}`,
            tmpDir,
            screenshot,
          })
          // Let late requests land before judging the page.
          await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {})
        } catch (e) {
          error = e
        }
        const issues = watcher.unexpected(test.allow ?? [])
        const failed = error || issues.length
        if (failed && attempt <= MAX_RELOAD_RETRIES && serverReloadedSince(logOffset)) {
          // A file changed in the working tree and `medusa develop` restarted under the test
          // (only happens while someone edits the repository): run the test again.
          log(`  (the dev server reloaded during "${test.fullName}"; retrying)`)
          await sleep(5_000)
          continue
        }
        if (failed) {
          await screenshot(`FAILED-${test.file.replace(/\.mjs$/, "")}`)
          const detail = [
            error ? (error.stack || String(error)).split("\n").slice(0, 6).join("\n") : null,
            ...issues.map(formatIssue),
          ]
            .filter(Boolean)
            .join("\n")
          record(test.fullName, "failed", detail)
        } else {
          record(test.fullName, "passed")
          if (test.file.startsWith("01-")) {
            loggedIn = true
          }
        }
        break
      }
    }
  } catch (error) {
    record("setup", "failed", `${error.message}\n--- server log (tail) ---\n${tailServerLog()}`)
  } finally {
    await browser?.close().catch(() => {})
    await stopHost()
  }

  // Screenshots are copied into the repository only now that the host is stopped.
  rmSync(resultsDir, { recursive: true, force: true })
  mkdirSync(resultsDir, { recursive: true })
  cpSync(shotsDir, resultsDir, { recursive: true })
  const shots = readdirSync(resultsDir).length

  const passed = results.filter((r) => r.status === "passed").length
  const failed = results.filter((r) => r.status === "failed").length
  if (failed) {
    log(`\nServer log: ${serverLogPath}`)
  }
  log(`Screenshots (${shots}): ${resultsDir}`)
  if (!failed && !process.env.BROWSER_TEST_KEEP) {
    rmSync(tmpDir, { recursive: true, force: true })
  } else if (ownDataDir) {
    // The throw-away database is not worth keeping even when the logs are.
    rmSync(dataDir, { recursive: true, force: true })
  }
  log(`\n${passed} passed, ${failed} failed`)
  return failed ? 1 : 0
}

let interrupted = false
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (interrupted) {
      return
    }
    interrupted = true
    log(`\n${signal}: stopping ...`)
    await stopHost()
    process.exit(130)
  })
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    process.stderr.write(`${error.stack || error.message}\n`)
    await stopHost()
    process.exit(1)
  }
)
