import { createServer, Server } from "http"
import { AddressInfo } from "net"

export type ReceivedWebhook = {
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * An HTTP receiver on 127.0.0.1 that records every request and answers with the
 * status codes given, one per request (the last one repeats).
 */
export async function startWebhookReceiver(statuses: number[] = [200]) {
  const received: ReceivedWebhook[] = []
  const server: Server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      received.push({ headers: req.headers, body })
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)]
      res.end(res.statusCode < 300 ? "received" : "try again")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/aftersales`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
