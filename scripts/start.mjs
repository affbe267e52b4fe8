#!/usr/bin/env node
// `npm start`: the demo host with the plugin. Without DATABASE_URL it runs on an
// embedded PostgreSQL; it migrates, seeds the demo store once, then serves API and admin.
import { spawn } from "node:child_process"
import { createConnection } from "node:net"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const medusaBin = join(root, "node_modules", ".bin", "medusa")
const port = Number(process.env.PORT || 9000)
const adminEmail = process.env.AFTERSALES_ADMIN_EMAIL || "admin@example.com"
const adminPassword = process.env.AFTERSALES_ADMIN_PASSWORD || "supersecret"

let database = null
let server = null
let stopping = false

function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: root, env, stdio: "inherit" })
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`medusa ${args.join(" ")} exited with ${code}`))
    )
  })
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url)).ok) {
        return true
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 1000))
  }
  return false
}

function portOpen(portNumber) {
  return new Promise((resolve) => {
    const socket = createConnection({ port: portNumber, host: "127.0.0.1" })
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
  })
}

/** Waits until nothing listens on the port any more; false if it still does after timeoutMs. */
async function portClosed(portNumber, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (await portOpen(portNumber)) {
    if (Date.now() > deadline) {
      return false
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return true
}

async function shutdown(code = 0) {
  if (stopping) {
    return
  }
  stopping = true
  if (server && server.exitCode === null) {
    process.stderr.write("\nStopping the server ...\n")
    const exited = new Promise((resolve) => server.once("exit", resolve))
    try {
      process.kill(-server.pid, "SIGTERM")
    } catch {}
    const timer = setTimeout(() => {
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {}
    }, 10_000)
    await exited
    clearTimeout(timer)
    // `medusa develop` can exit while its server process is still shutting down gracefully;
    // the database must outlive that, and Ctrl-C must leave nothing listening.
    if (!(await portClosed(port, 15_000))) {
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {}
      await portClosed(port, 5_000)
    }
  }
  if (database) {
    process.stderr.write("Stopping the embedded PostgreSQL ...\n")
    await database.stop().catch(() => {})
  }
  process.exit(code)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function main() {
  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    AFTERSALES_ADMIN_EMAIL: adminEmail,
    AFTERSALES_ADMIN_PASSWORD: adminPassword,
    // The demo's shared secret of POST /hooks/aftersales/inbound-messages (README).
    AFTERSALES_INBOUND_SECRET: process.env.AFTERSALES_INBOUND_SECRET || "demo-inbound-secret",
  }
  if (!env.DATABASE_URL) {
    database = await startEmbeddedPostgres({ database: "medusa_aftersales" })
    env.DATABASE_URL = database.url
    process.stderr.write(`Embedded PostgreSQL running on port ${database.port}\n`)
  }

  await run(["db:migrate"], env)
  await run(["exec", "./src/scripts/seed-demo.ts"], env)

  server = spawn(medusaBin, ["develop", "--port", String(port)], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: "inherit",
    detached: true,
  })
  server.on("exit", (code) => {
    if (!stopping) {
      process.stderr.write(`The server stopped (exit code ${code}).\n`)
      shutdown(code ?? 1)
    }
  })

  if (await waitForHealth(`http://localhost:${port}/health`, 300_000)) {
    process.stdout.write(
      [
        "",
        "  medusa-plugin-aftersales demo is running",
        `  API:    http://localhost:${port}`,
        `  Admin:  http://localhost:${port}/app   (${adminEmail} / ${adminPassword})`,
        "  Store customers: customer@example.com, other@example.com, jan.devries@example.com (password supersecret)",
        `  Inbound e-mail/chat: POST http://localhost:${port}/hooks/aftersales/inbound-messages (x-aftersales-inbound-secret: ${env.AFTERSALES_INBOUND_SECRET})`,
        "  Press Ctrl-C to stop the server and the database.",
        "",
      ].join("\n") + "\n"
    )
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error.message}\n`)
  shutdown(1)
})
