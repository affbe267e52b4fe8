#!/usr/bin/env node
// Zero-setup smoke test: `npm start` with no DATABASE_URL on a fresh data directory,
// then /health, the admin at /app and plugin routes, then Ctrl-C stops it all.
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { createConnection } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import {
  check,
  getJson,
  loginAdmin,
  startProcessGroup,
  stopProcessGroup,
  waitForHealth,
} from "./lib/processes.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const port = Number(process.env.SMOKE_PORT || 9300)
const pgPort = Number(process.env.SMOKE_PG_PORT || 54350)
const baseUrl = `http://localhost:${port}`
const dataDir = mkdtempSync(join(tmpdir(), "aftersales-smoke-"))
// PostgreSQL runs as the `postgres` user when we are root: it must reach its data directory.
chmodSync(dataDir, 0o755)

function portOpen(portNumber) {
  return new Promise((resolve) => {
    const socket = createConnection({ port: portNumber, host: "127.0.0.1" })
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

const env = { ...process.env, PORT: String(port), AFTERSALES_DATA_DIR: join(dataDir, "postgres"), AFTERSALES_PG_PORT: String(pgPort) }
delete env.DATABASE_URL
delete env.REDIS_URL

const server = startProcessGroup("npm", ["start"], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] })
let failed = false
try {
  await waitForHealth(baseUrl, 600_000, server)
  check(true, "GET /health answers 200")

  const app = await fetch(`${baseUrl}/app`)
  const html = await app.text()
  check(app.ok && html.includes("<div id=\"medusa\""), "GET /app serves the admin")

  const auth = await loginAdmin(baseUrl, "admin@example.com", "supersecret")
  const me = await getJson(`${baseUrl}/admin/aftersales/me`, auth)
  check(me.roles.some((role) => role.name === "admin") && !me.bootstrap, "the demo admin holds the after-sales admin role")
  const roles = await getJson(`${baseUrl}/admin/aftersales/roles`, auth)
  check(roles.count >= 8, `GET /admin/aftersales/roles lists the built-in roles (${roles.count})`)
  const audit = await getJson(`${baseUrl}/admin/aftersales/audit-log`, auth)
  check(audit.count > 0, `the demo seed wrote audit entries (${audit.count})`)
} catch (error) {
  failed = true
  console.error(`smoke test failed: ${error.message}`)
} finally {
  const code = await stopProcessGroup(server)
  // npm exits on the signal at once; start.mjs then stops the server and the database.
  const deadline = Date.now() + 30_000
  let stillListening = (await portOpen(port)) || (await portOpen(pgPort))
  while (stillListening && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    stillListening = (await portOpen(port)) || (await portOpen(pgPort))
  }
  if (!failed) {
    try {
      check(!stillListening, `Ctrl-C stopped the server and the embedded PostgreSQL within 30 s (npm exit ${code})`)
    } catch (error) {
      failed = true
      console.error(error.message)
    }
  }
  rmSync(dataDir, { recursive: true, force: true })
}
console.log(failed ? "smoke: 0 passed, 1 failed" : "smoke: 1 passed, 0 failed")
process.exit(failed ? 1 : 0)
