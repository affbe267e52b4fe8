#!/usr/bin/env node
// Proves the package installs into another Medusa app: build it, pack it, install the
// tarball into a fresh minimal host, migrate a new database, boot, call plugin routes.
import { execFileSync } from "node:child_process"
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import {
  check,
  getJson,
  loginAdmin,
  startProcessGroup,
  stopProcessGroup,
  waitForHealth,
} from "./lib/processes.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const rootPackage = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
const medusaVersion = rootPackage.devDependencies["@medusajs/medusa"]
const port = Number(process.env.INSTALL_TEST_PORT || 9400)
const baseUrl = `http://localhost:${port}`
const workDir = mkdtempSync(join(tmpdir(), "aftersales-install-"))
// Run as root, the embedded cluster belongs to the `postgres` user, who must reach its data dir inside.
chmodSync(workDir, 0o755)
const hostDir = join(workDir, "host")
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
delete env.REDIS_URL

function sh(command, args, cwd, { capture = false } = {}) {
  console.log(`$ ${command} ${args.join(" ")}`)
  const output = execFileSync(command, args, {
    cwd,
    env,
    stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
  })
  return capture ? output.toString() : ""
}

let embedded = null
let server = null
let databaseUrl
let adminDatabaseUrl
const databaseName = `aftersales_install_${Date.now()}`
let failed = false

try {
  sh("npx", ["medusa", "plugin:build"], root)
  const tarball = sh("npm", ["pack", "--pack-destination", workDir, "--silent"], root, { capture: true }).trim().split("\n").pop()

  mkdirSync(hostDir)
  writeFileSync(
    join(hostDir, "package.json"),
    JSON.stringify(
      {
        name: "aftersales-install-test-host",
        private: true,
        dependencies: {
          "@medusajs/admin-sdk": medusaVersion,
          "@medusajs/cli": medusaVersion,
          "@medusajs/framework": medusaVersion,
          "@medusajs/medusa": medusaVersion,
          "medusa-plugin-aftersales": `file:${join(workDir, tarball)}`,
        },
        devDependencies: {
          "@swc/core": rootPackage.devDependencies["@swc/core"],
          "ts-node": rootPackage.devDependencies["ts-node"],
          typescript: rootPackage.devDependencies.typescript,
        },
      },
      null,
      2
    )
  )
  writeFileSync(
    join(hostDir, "medusa-config.ts"),
    `import { defineConfig } from "@medusajs/framework/utils"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: "install-test",
      cookieSecret: "install-test",
    },
  },
  admin: { disable: true },
  plugins: [{ resolve: "medusa-plugin-aftersales", options: {} }],
})
`
  )
  writeFileSync(
    join(hostDir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2021", module: "Node16", moduleResolution: "Node16", esModuleInterop: true, skipLibCheck: true },
      "ts-node": { swc: true },
    })
  )
  sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], hostDir)

  if (process.env.DB_HOST) {
    const auth = `${process.env.DB_USERNAME || "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}`
    const server = `postgres://${auth}@${process.env.DB_HOST}:${process.env.DB_PORT || 5432}`
    adminDatabaseUrl = `${server}/postgres`
    databaseUrl = `${server}/${databaseName}`
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: join(workDir, "postgres"),
      port: Number(process.env.INSTALL_TEST_PG_PORT || 54360),
      persistent: false,
    })
    adminDatabaseUrl = embedded.url
    databaseUrl = embedded.url.replace(/\/postgres$/, `/${databaseName}`)
  }
  const admin = new pg.Client({ connectionString: adminDatabaseUrl })
  await admin.connect()
  await admin.query(`create database "${databaseName}"`)
  await admin.end()
  env.DATABASE_URL = databaseUrl

  sh("npx", ["medusa", "db:migrate"], hostDir)
  sh("npx", ["medusa", "user", "-e", "owner@example.com", "-p", "supersecret"], hostDir)

  server = startProcessGroup("npx", ["medusa", "develop", "--port", String(port)], {
    cwd: hostDir,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  })
  await waitForHealth(baseUrl, 300_000, server)
  const auth = await loginAdmin(baseUrl, "owner@example.com", "supersecret")
  const me = await getJson(`${baseUrl}/admin/aftersales/me`, auth)
  check(me.bootstrap === true && me.permissions.includes("*:*"), "a fresh host starts in bootstrap mode")
  const roles = await getJson(`${baseUrl}/admin/aftersales/roles`, auth)
  check(roles.count === 8, "the installed plugin created its 8 built-in roles at start")
  const events = await getJson(`${baseUrl}/admin/aftersales/events`, auth)
  check(events.events.length > 0, "the event catalogue answers")
} catch (error) {
  failed = true
  console.error(`install test failed: ${error.stack || error.message}`)
} finally {
  if (server) {
    await stopProcessGroup(server)
  }
  if (adminDatabaseUrl) {
    const admin = new pg.Client({ connectionString: adminDatabaseUrl })
    await admin.connect().then(
      () => admin.query(`drop database if exists "${databaseName}" with (force)`).finally(() => admin.end()),
      () => {}
    )
  }
  if (embedded) {
    await embedded.stop().catch(() => {})
  }
  rmSync(workDir, { recursive: true, force: true })
}
console.log(failed ? "install: 0 passed, 1 failed" : "install: 1 passed, 0 failed")
process.exit(failed ? 1 : 0)
