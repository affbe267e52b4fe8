#!/usr/bin/env node
// `npm run bench:service-desk [-- --tickets N]`: a benchmark (not a test) of the service desk
// Admin API at scale. It creates a fresh database, migrates it, writes N tickets with their
// conversations and N host customers straight into PostgreSQL (set-based SQL, seconds instead
// of hours through the workflows), boots the host and measures p50/p95 latency of
//   GET /admin/service-tickets            with filters, and with filters + q
//   GET /admin/service-tickets/:id        (messages, timeline, customer, order)
//   GET /admin/customers                  the host's own list at the same row count, + q
// in the same run, so the ratios say how the plugin compares with Medusa itself on this machine.
// Progress goes to stderr; the result table to stdout.
//
// Options:
//   --tickets N             tickets and customers (default 100000)
//   --messages N            messages per ticket (default 3)
//   --requests N            timed requests per endpoint (default 100, after 10 warm-up requests)
//   --pg-url URL            a PostgreSQL server to create the throw-away database on
//                           (default: an embedded PostgreSQL in a temp directory)
//   --port N                port of the host (default 9300)
//   --keep                  keep the database (and the embedded cluster) afterwards
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync, chmodSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { loginAdmin, startProcessGroup, stopProcessGroup, waitForHealth } from "./lib/processes.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const medusaBin = join(root, "node_modules", ".bin", "medusa")

function parseArgs(argv) {
  const options = { tickets: 100_000, messages: 3, requests: 100, pgUrl: null, port: 9300, keep: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const next = argv[++i]
      if (next === undefined) {
        throw new Error(`${arg} needs a value`)
      }
      return next
    }
    if (arg === "--tickets") options.tickets = Number(value())
    else if (arg === "--messages") options.messages = Number(value())
    else if (arg === "--requests") options.requests = Number(value())
    else if (arg === "--pg-url") options.pgUrl = value()
    else if (arg === "--port") options.port = Number(value())
    else if (arg === "--keep") options.keep = true
    else throw new Error(`Unknown option ${arg} (see the header of scripts/bench-service-desk.mjs)`)
  }
  for (const key of ["tickets", "messages", "requests", "port"]) {
    if (!Number.isInteger(options[key]) || options[key] < 1) {
      throw new Error(`--${key} must be a positive integer`)
    }
  }
  return options
}

const progress = (message) => process.stderr.write(`[bench] ${message}\n`)
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] })
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} exited with ${code}`))
    )
  })
}

/**
 * Set-based inserts: N customers (half with an account), N tickets spread over the default
 * pipeline's stages, priorities, types, channels, two years and a few agents, and M messages
 * per ticket alternating customer and agent. Words from small vocabularies make `q` realistic:
 * a term matches a few percent of the rows, as a product name would.
 */
async function seed(client, { tickets, messages }) {
  const started = Date.now()
  await client.query(`
    create temporary table bench_words (n int primary key, product text, problem text);
    insert into bench_words values
      (0, 'espresso machine', 'pump is loud'), (1, 'robot vacuum', 'battery drains fast'),
      (2, 'e-scooter', 'brakes squeak'), (3, 'grinder', 'burrs are blunt'),
      (4, 'kettle', 'lid does not close'), (5, 'air purifier', 'filter light stays on'),
      (6, 'blender', 'motor smells burnt'), (7, 'toaster', 'only one side browns'),
      (8, 'scale', 'shows wrong weight'), (9, 'milk frother', 'no foam'),
      (10, 'coffee pump', 'leaks water'), (11, 'charger', 'does not light up');`)

  await client.query(
    `insert into customer (id, email, first_name, last_name, has_account, created_at, updated_at)
     select 'cus_bench' || lpad(i::text, 9, '0'),
            'customer' || i || '@bench.example.com',
            (array['Anna','Pierre','Jan','Lena','Marco','Sofia','Tom','Yuki','Olga','Ravi'])[1 + i % 10],
            (array['Schmidt','Martin','de Vries','Huber','Rossi','Garcia','Smith','Tanaka','Ivanova','Patel'])[1 + (i / 10) % 10],
            i % 2 = 0,
            now() - (i % 730) * interval '1 day',
            now() - (i % 730) * interval '1 day'
       from generate_series(1, $1) as i`,
    [tickets]
  )
  progress(`  ${tickets} customers (${seconds(started)})`)

  await client.query(
    `insert into service_ticket (id, number, subject, description, type, channel, priority, tags,
        customer_id, line_item_ids, assignee_id, team, pipeline_key, stage, stage_category,
        first_responded_at, resolved_at, closed_at, reopen_count, version, created_at, updated_at)
     select 'stkt_bench' || lpad(i::text, 9, '0'),
            'ST-' || lpad(i::text, 6, '0'),
            initcap(w.product) || ': ' || w.problem,
            'Since last week my ' || w.product || ' ' || w.problem || '. Order reference ' || (1000 + i % 5000) || '.',
            (array['inquiry','technical_support','return_exchange','repair_request','other'])[1 + i % 5],
            (array['web','email','phone','chat','in_person','social'])[1 + i % 6],
            (array['low','normal','normal','high','urgent'])[1 + i % 5],
            array[(array['warranty','noise','battery','delivery','invoice'])[1 + i % 5]],
            'cus_bench' || lpad((1 + (i::bigint * 7919) % $1)::text, 9, '0'),
            '{}'::text[],
            case when i % 4 = 0 then null else 'user_bench_agent' || (i % 8) end,
            (array['appliances','mobility', null])[1 + i % 3],
            'service_ticket',
            s.stage, s.category,
            case when s.category in ('open','waiting','resolved','closed') then c.created + interval '3 hours' end,
            case when s.category in ('resolved','closed') then c.created + interval '2 days' end,
            case when s.category in ('closed','canceled') then c.created + interval '4 days' end,
            0, 1, c.created, c.created + interval '4 days'
       from generate_series(1, $1) as i
       join bench_words w on w.n = i % 12
       cross join lateral (select now() - ((i::bigint * 104729) % (730 * 24 * 60)) * interval '1 minute' as created) c
       join (values (0,'intake','new'), (1,'assigned','open'), (2,'in_progress','open'),
                    (3,'waiting_on_customer','waiting'), (4,'resolved','resolved'),
                    (5,'closed','closed'), (6,'closed','closed'), (7,'canceled','canceled'))
            as s(n, stage, category) on s.n = i % 8`,
    [tickets]
  )
  await client.query(`select setval('service_ticket_number_seq', $1)`, [tickets])
  progress(`  ${tickets} tickets (${seconds(started)})`)

  await client.query(
    `insert into ticket_message (id, ticket_id, channel, direction, author_type, author_id,
        visibility, body, created_at, updated_at)
     select 'stmsg_bench' || lpad(i::text, 9, '0') || '_' || m,
            t.id, t.channel::text,
            case when m % 2 = 1 then 'inbound' else 'outbound' end,
            case when m % 2 = 1 then 'customer' else 'agent' end,
            case when m % 2 = 1 then t.customer_id else 'user_bench_agent' || (i % 8) end,
            'public',
            case when m % 2 = 1
              then 'Hello, my ' || w.product || ' still ' || w.problem || '. Can you help? Serial SN' || (100000 + i)
              else 'Thank you for the details. Please send a photo of the ' || w.product || ' and its serial number.' end,
            t.created_at + m * interval '1 hour', t.created_at + m * interval '1 hour'
       from generate_series(1, $1) as i
       join service_ticket t on t.id = 'stkt_bench' || lpad(i::text, 9, '0')
       join bench_words w on w.n = (i + 5) % 12
       cross join generate_series(1, $2) as m`,
    [tickets, messages]
  )
  progress(`  ${tickets * messages} messages (${seconds(started)})`)

  await client.query(
    `insert into ticket_activity (id, ticket_id, type, actor_type, actor_id, data, created_at, updated_at)
     select 'stact_bench' || substr(t.id, 11), t.id, 'created', 'customer', t.customer_id,
            jsonb_build_object('number', t.number, 'stage', 'intake'), t.created_at, t.created_at
       from service_ticket t where t.id like 'stkt_bench%'`
  )
  await client.query("analyze")
  progress(`Seeded in ${seconds(started)}`)
}

function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]
}

async function measure(name, paths, headers, requests) {
  const warmup = Math.min(10, requests)
  const timings = []
  let rows = null
  for (let i = 0; i < warmup + requests; i++) {
    const path = paths[i % paths.length]
    const started = performance.now()
    const response = await fetch(path, { headers })
    const body = await response.text()
    const elapsed = performance.now() - started
    if (!response.ok) {
      throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 300)}`)
    }
    if (i >= warmup) {
      timings.push(elapsed)
    }
    rows ??= JSON.parse(body).count ?? null
  }
  timings.sort((a, b) => a - b)
  const result = { name, p50: percentile(timings, 50), p95: percentile(timings, 95), count: rows }
  progress(`  ${name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`)
  return result
}

function printTable(results, baseline, options) {
  const rows = results.map((r) => [
    r.name,
    r.count == null ? "-" : String(r.count),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    (r.p50 / baseline.p50).toFixed(2),
    (r.p95 / baseline.p95).toFixed(2),
  ])
  const header = ["endpoint", "matches", "p50 ms", "p95 ms", "p50 / customers", "p95 / customers"]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`
  console.log(
    `\nService desk benchmark: ${options.tickets} tickets with ${options.tickets * options.messages} messages, ${options.tickets} customers; ${options.requests} sequential requests per endpoint\n`
  )
  console.log(line(header))
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`)
  rows.forEach((row) => console.log(line(row)))
  console.log(`\nBaseline: "${baseline.name}". Node ${process.version}.`)
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const startedAll = Date.now()
  const databaseName = `aftersales_bench_${Date.now().toString(36)}`
  let embedded = null
  let dataDir = null
  let serverUrl = options.pgUrl
  let host = null
  let created = false
  const databaseUrlOf = (name) => {
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return url.toString()
  }
  /** A short-lived connection to the server's maintenance database (create/drop). */
  const onServer = async (sql) => {
    const client = new pg.Client({ connectionString: databaseUrlOf("postgres") })
    client.on("error", () => {})
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end().catch(() => {})
    }
  }

  const cleanup = async () => {
    if (host) {
      progress("Stopping the host ...")
      await stopProcessGroup(host)
      host = null
    }
    if (created && !options.keep) {
      created = false
      await onServer(`drop database if exists "${databaseName}" with (force)`).catch((error) =>
        progress(`Could not drop ${databaseName}: ${error.message}`)
      )
    }
    if (embedded) {
      await embedded.stop().catch(() => {})
      embedded = null
      if (!options.keep && dataDir) {
        rmSync(dataDir, { recursive: true, force: true })
      }
    }
  }
  const interrupted = () => cleanup().finally(() => process.exit(130))
  process.on("SIGINT", interrupted)
  process.on("SIGTERM", interrupted)

  try {
    if (!serverUrl) {
      dataDir = mkdtempSync(join(tmpdir(), "aftersales-bench-"))
      chmodSync(dataDir, 0o755)
      progress(`Starting an embedded PostgreSQL in ${dataDir} ...`)
      embedded = await startEmbeddedPostgres({
        dataDir: join(dataDir, "pg"),
        port: 54390,
        persistent: false,
        log: progress,
      })
      serverUrl = `postgres://postgres:postgres@localhost:${embedded.port}`
    }
    await onServer(`create database "${databaseName}"`)
    created = true
    const databaseUrl = databaseUrlOf(databaseName)
    progress(`Database ${databaseName}`)

    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEDUSA_DISABLE_TELEMETRY: "true",
      ADMIN_DISABLED: "true",
      NODE_ENV: "development",
      LOG_LEVEL: "error",
      AFTERSALES_INBOUND_SECRET: "",
    }
    let started = Date.now()
    progress("Migrating ...")
    await run(["db:migrate"], env)
    progress(`Migrated (${seconds(started)})`)
    await run(["user", "-e", "bench@example.com", "-p", "bench-password"], env)

    const client = new pg.Client({ connectionString: databaseUrl })
    client.on("error", (error) => progress(`PostgreSQL connection error: ${error.message}`))
    await client.connect()
    progress(`Seeding ${options.tickets} tickets ...`)
    await seed(client, options)
    const { rows: sample } = await client.query(
      `select id from service_ticket where id like 'stkt_bench%' order by md5(id) limit 200`
    )
    await client.end()

    // `medusa start` from the project (no build, no file watcher: other work in the checkout
    // does not restart it in the middle of a measurement).
    started = Date.now()
    progress("Starting the host ...")
    const baseUrl = `http://localhost:${options.port}`
    host = startProcessGroup(medusaBin, ["start", "--port", String(options.port)], {
      cwd: root,
      env: { ...env, PORT: String(options.port) },
      stdio: ["ignore", "ignore", "inherit"],
    })
    await waitForHealth(baseUrl, 300_000, host)
    progress(`Host healthy (${seconds(started)})`)
    const headers = await loginAdmin(baseUrl, "bench@example.com", "bench-password")

    const list = `${baseUrl}/admin/service-tickets?limit=20&order=-created_at`
    const filter = "stage_category=open&priority=high"
    const results = [
      await measure("GET /admin/service-tickets (filter)", [`${list}&${filter}`], headers, options.requests),
      await measure(
        "GET /admin/service-tickets (filter + q)",
        ["pump", "battery", "brakes", "charger"].map((q) => `${list}&${filter}&q=${q}`),
        headers,
        options.requests
      ),
      await measure(
        "GET /admin/service-tickets/:id",
        sample.map((row) => `${baseUrl}/admin/service-tickets/${row.id}`),
        headers,
        options.requests
      ),
      await measure(
        "GET /admin/customers",
        [`${baseUrl}/admin/customers?limit=20&order=-created_at`],
        headers,
        options.requests
      ),
      await measure(
        "GET /admin/customers (q)",
        ["anna", "martin", "lena", "patel"].map((q) => `${baseUrl}/admin/customers?limit=20&q=${q}`),
        headers,
        options.requests
      ),
    ]
    printTable(results, results[3], options)
    progress(`Done in ${seconds(startedAll)}`)
  } finally {
    await cleanup()
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error.message}\n`)
  process.exit(1)
})
