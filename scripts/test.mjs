#!/usr/bin/env node
// `npm test`: unit, module and HTTP integration suites against a real PostgreSQL.
// With DB_HOST set it uses that server; otherwise it starts an embedded PostgreSQL.
//   node scripts/test.mjs [unit|modules|http|redis ...]
// `redis` runs the HTTP suites again with REDIS_URL set: Redis event bus, workflow
// engine, locking and cache, as in production.
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const jestBin = join(root, "node_modules", ".bin", "jest")

const SUITES = {
  unit: { TEST_TYPE: "unit", database: false },
  modules: { TEST_TYPE: "integration:modules", database: true },
  http: { TEST_TYPE: "integration:http", database: true },
  redis: {
    TEST_TYPE: "integration:http",
    database: true,
    REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
  },
}

const requested = process.argv.slice(2)
const selected = requested.length ? requested : ["unit", "modules", "http"]
for (const name of selected) {
  if (!SUITES[name]) {
    console.error(`Unknown suite "${name}". Use: ${Object.keys(SUITES).join(", ")}`)
    process.exit(2)
  }
}

function runJest(name, env) {
  const resultsDir = mkdtempSync(join(tmpdir(), "aftersales-jest-"))
  const resultsFile = join(resultsDir, "results.json")
  return new Promise((resolve) => {
    const child = spawn(
      jestBin,
      // One worker runs the files one after another, like --runInBand, but it is replaced
      // when a file leaves it above the memory limit: every HTTP file boots a whole Medusa
      // app, and one process running them all runs out of heap.
      [
        "--maxWorkers=1",
        "--workerIdleMemoryLimit=1200MB",
        "--forceExit",
        "--json",
        `--outputFile=${resultsFile}`,
      ],
      { cwd: root, env, stdio: "inherit" }
    )
    child.on("exit", (code) => {
      let passed = 0
      let failed = 0
      try {
        const results = JSON.parse(readFileSync(resultsFile, "utf8"))
        passed = results.numPassedTests
        failed = results.numFailedTests + results.numRuntimeErrorTestSuites
      } catch {
        failed = 1
      }
      rmSync(resultsDir, { recursive: true, force: true })
      if (code !== 0 && failed === 0) {
        failed = 1
      }
      console.log(`${name}: ${passed} passed, ${failed} failed`)
      resolve({ passed, failed })
    })
  })
}

async function main() {
  const baseEnv = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"]
      .filter(Boolean)
      .join(" "),
  }
  delete baseEnv.REDIS_URL

  let database = null
  let dataDir = null
  if (!process.env.DB_HOST && selected.some((name) => SUITES[name].database)) {
    dataDir = mkdtempSync(join(tmpdir(), "aftersales-test-pg-"))
    database = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env.AFTERSALES_TEST_PG_PORT || 54331),
      persistent: false,
    })
    Object.assign(baseEnv, {
      DB_HOST: database.host,
      DB_PORT: String(database.port),
      DB_USERNAME: database.user,
      DB_PASSWORD: database.password,
    })
    console.log(`Using an embedded PostgreSQL on port ${database.port}`)
  } else {
    baseEnv.DB_HOST ||= "localhost"
    baseEnv.DB_USERNAME ||= "postgres"
    baseEnv.DB_PASSWORD ||= ""
  }

  let passed = 0
  let failed = 0
  try {
    for (const name of selected) {
      const { database: _needsDatabase, ...suiteEnv } = SUITES[name]
      const result = await runJest(name, { ...baseEnv, ...suiteEnv })
      passed += result.passed
      failed += result.failed
    }
  } finally {
    if (database) {
      await database.stop().catch(() => {})
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  console.log(`total: ${passed} passed, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
