import { spawn } from "node:child_process"

export function startProcessGroup(command, args, options) {
  return spawn(command, args, { ...options, detached: true })
}

/** SIGINT to the whole group (as Ctrl-C does), then SIGKILL after the grace period. */
export async function stopProcessGroup(child, graceMs = 30_000) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return child.exitCode
  }
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)))
  try {
    process.kill(-child.pid, "SIGINT")
  } catch {}
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
  }, graceMs)
  const code = await exited
  clearTimeout(timer)
  return code
}

export async function waitForHealth(baseUrl, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`the server exited early with code ${child.exitCode}`)
    }
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) {
        return
      }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${baseUrl}/health did not answer within ${timeoutMs / 1000} s`)
}

export async function loginAdmin(baseUrl, email, password) {
  const response = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) {
    throw new Error(`admin login failed: ${response.status} ${await response.text()}`)
  }
  const { token } = await response.json()
  return { authorization: `Bearer ${token}` }
}

export async function getJson(url, headers) {
  const response = await fetch(url, { headers })
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}: ${text}`)
  }
  return JSON.parse(text)
}

export function check(condition, message) {
  if (!condition) {
    throw new Error(message)
  }
  console.log(`  ok - ${message}`)
}
