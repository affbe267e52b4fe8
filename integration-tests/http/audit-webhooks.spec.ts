import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import retryWebhookDeliveries from "../../src/jobs/retry-webhook-deliveries"
import {
  SIGNATURE_HEADER,
  verifyWebhookSignature,
} from "../../src/lib/webhooks/signature"
import {
  AuthHeaders,
  createStaffUser,
  rejectionOf,
  syncSystemRoles,
  waitFor,
} from "../helpers/admin"
import { startWebhookReceiver } from "../helpers/webhook-receiver"

// Retries become due one second after a failure, so the test can run the retry job.
process.env.AFTERSALES_WEBHOOK_RETRY_BASE_SECONDS = "1"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders & { id: string }

    beforeEach(async () => {
      await syncSystemRoles(getContainer())
      admin = await createStaffUser(getContainer(), api, "admin@example.com", ["admin"])
    })

    async function auditEntries(query: string) {
      const { data } = await api.get(`/admin/aftersales/audit-log?${query}`, admin)
      return data.audit_log_entries
    }

    describe("audit log", () => {
      it("records who changed what, with the fields before and after", async () => {
        const { data: created } = await api.post(
          "/admin/aftersales/roles",
          { name: "returns_desk", label: "Returns desk", permissions: ["service_tickets:read"] },
          { headers: { ...admin.headers, "x-request-id": "req-audit-1" } }
        )
        await api.post(
          `/admin/aftersales/roles/${created.role.id}`,
          { label: "Returns & exchanges desk", permissions: ["service_tickets:read", "complaints:read"] },
          admin
        )

        const entries = await auditEntries(`entity_id=${created.role.id}&order=created_at`)
        expect(entries.map((entry: any) => entry.action)).toEqual([
          "aftersales_role.created",
          "aftersales_role.updated",
        ])
        expect(entries[0]).toEqual(
          expect.objectContaining({
            actor_type: "user",
            actor_id: admin.id,
            entity_type: "aftersales_role",
            request_id: "req-audit-1",
          })
        )
        expect(entries[1].changes).toEqual({
          label: { before: "Returns desk", after: "Returns & exchanges desk" },
          permissions: {
            before: ["service_tickets:read"],
            after: ["service_tickets:read", "complaints:read"],
          },
        })
      })

      it("filters by actor, action and date range", async () => {
        await api.post("/admin/aftersales/roles", { name: "a_role", label: "A", permissions: [] }, admin)
        const other = await createStaffUser(getContainer(), api, "other-admin@example.com", ["admin"])
        await api.post("/admin/aftersales/roles", { name: "b_role", label: "B", permissions: [] }, other)

        const byOther = await auditEntries(`actor_id=${other.id}`)
        expect(byOther).toHaveLength(1)
        expect(byOther[0].changes.name.after).toBe("b_role")

        const created = await auditEntries("action=aftersales_role.created")
        expect(created.map((entry: any) => entry.changes.name.after).sort()).toEqual(["a_role", "b_role"])

        const future = new Date(Date.now() + 60_000).toISOString()
        expect(await auditEntries(`created_at[$gte]=${future}`)).toEqual([])
        expect((await auditEntries(`created_at[$lte]=${future}&action=aftersales_role.created`)).length).toBe(2)
      })

      it("exports the filtered log as CSV", async () => {
        await api.post("/admin/aftersales/roles", { name: "csv_role", label: "CSV, \"quoted\"", permissions: [] }, admin)
        const response = await api.get("/admin/aftersales/audit-log/export?action=aftersales_role.created", admin)
        expect(response.headers["content-type"]).toContain("text/csv")
        expect(response.headers["content-disposition"]).toContain("attachment")
        const lines = response.data.trim().split("\r\n")
        expect(lines[0]).toBe("id,created_at,actor_type,actor_id,action,entity_type,entity_id,changes,request_id")
        expect(lines).toHaveLength(2)
        expect(lines[1]).toContain(`,user,${admin.id},aftersales_role.created,aftersales_role,`)
        expect(lines[1]).toContain('CSV, \\""quoted\\""')
      })

      it("cannot be changed or deleted, not even directly in the database", async () => {
        await api.post("/admin/aftersales/roles", { name: "kept_role", label: "Kept", permissions: [] }, admin)
        const [entry] = await auditEntries("action=aftersales_role.created")
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

        await expect(
          db.raw("update aftersales_audit_log_entry set action = 'tampered' where id = ?", [entry.id])
        ).rejects.toThrow(/append-only/)
        await expect(
          db.raw("delete from aftersales_audit_log_entry where id = ?", [entry.id])
        ).rejects.toThrow(/append-only/)

        const [after] = await auditEntries("action=aftersales_role.created")
        expect(after).toEqual(entry)
        const notFound = await rejectionOf(api.delete(`/admin/aftersales/audit-log/${entry.id}`, admin))
        expect(notFound.response.status).toBe(404)
      })
    })

    describe("webhooks", () => {
      it("shows the secret once and never again", async () => {
        const { data } = await api.post(
          "/admin/aftersales/webhooks",
          { url: "https://erp.example.com/hooks", events: ["aftersales_role.created"] },
          admin
        )
        expect(data.secret).toMatch(/^whsec_[0-9a-f]{48}$/)
        expect(data.webhook).not.toHaveProperty("secret")

        const { data: read } = await api.get(`/admin/aftersales/webhooks/${data.webhook.id}`, admin)
        expect(read.webhook).not.toHaveProperty("secret")
        for (const fields of ["secret", "id,secret", "*"]) {
          const { data: asked } = await api.get(
            `/admin/aftersales/webhooks/${data.webhook.id}?fields=${fields}`,
            admin
          )
          expect(asked.webhook).not.toHaveProperty("secret")
          const { data: listed } = await api.get(`/admin/aftersales/webhooks?fields=${fields}`, admin)
          expect(listed.webhooks[0]).not.toHaveProperty("secret")
        }
        const [entry] = await auditEntries(`entity_id=${data.webhook.id}`)
        expect(entry.changes.secret.after).toBe("[redacted]")
      })

      it("rejects unknown events and bad URLs", async () => {
        const badEvent = await rejectionOf(
          api.post("/admin/aftersales/webhooks", { url: "https://x.example.com", events: ["order.exploded"] }, admin)
        )
        expect(badEvent.response.status).toBe(400)
        expect(badEvent.response.data.message).toContain("Unknown event")
        const badUrl = await rejectionOf(
          api.post("/admin/aftersales/webhooks", { url: "ftp://x.example.com", events: ["*"] }, admin)
        )
        expect(badUrl.response.status).toBe(400)
        expect((await api.get("/admin/aftersales/webhooks", admin)).data.count).toBe(0)
      })

      it("delivers subscribed events signed with the endpoint's secret", async () => {
        const receiver = await startWebhookReceiver([200])
        try {
          const { data } = await api.post(
            "/admin/aftersales/webhooks",
            { url: receiver.url, events: ["aftersales_role.created"] },
            admin
          )
          await api.post("/admin/aftersales/roles", { name: "signed_role", label: "Signed", permissions: [] }, admin)
          // not subscribed: must not be delivered
          await api.post("/admin/aftersales/roles/" + (await api.get("/admin/aftersales/roles?name=signed_role", admin)).data.roles[0].id, { label: "Renamed" }, admin)

          await waitFor(async () => receiver.received.length >= 1)
          await new Promise((resolve) => setTimeout(resolve, 500))
          expect(receiver.received).toHaveLength(1)

          const [request] = receiver.received
          expect(request.headers["x-aftersales-event"]).toBe("aftersales_role.created")
          expect(
            verifyWebhookSignature({
              secret: data.secret,
              body: request.body,
              header: request.headers[SIGNATURE_HEADER] as string,
            })
          ).toBe(true)
          expect(
            verifyWebhookSignature({
              secret: "whsec_wrong",
              body: request.body,
              header: request.headers[SIGNATURE_HEADER] as string,
            })
          ).toBe(false)
          const body = JSON.parse(request.body)
          expect(body).toEqual(
            expect.objectContaining({
              event: "aftersales_role.created",
              data: expect.objectContaining({ name: "signed_role" }),
            })
          )

          const { data: log } = await api.get(`/admin/aftersales/webhooks/${data.webhook.id}/deliveries`, admin)
          expect(log.webhook_deliveries).toEqual([
            expect.objectContaining({ id: body.id, status: "succeeded", attempts: 1, response_status: 200 }),
          ])
        } finally {
          await receiver.close()
        }
      })

      it("retries with back-off after a failure and records every attempt", async () => {
        const receiver = await startWebhookReceiver([500, 200])
        try {
          const { data } = await api.post(
            "/admin/aftersales/webhooks",
            { url: receiver.url, events: ["*"] },
            admin
          )
          await api.post(`/admin/aftersales/webhooks/${data.webhook.id}/test`, {}, admin)

          const deliveriesUrl = `/admin/aftersales/webhooks/${data.webhook.id}/deliveries`
          const failed = await waitFor(async () => {
            const { data: log } = await api.get(deliveriesUrl, admin)
            return log.webhook_deliveries.find((d: any) => d.attempts === 1)
          })
          expect(failed).toEqual(
            expect.objectContaining({ status: "pending", response_status: 500, last_error: "HTTP 500" })
          )
          expect(new Date(failed.next_attempt_at).getTime()).toBeGreaterThan(Date.now() - 5_000)

          await new Promise((resolve) => setTimeout(resolve, 1_200))
          await retryWebhookDeliveries(getContainer())

          const { data: log } = await api.get(deliveriesUrl, admin)
          expect(log.webhook_deliveries[0]).toEqual(
            expect.objectContaining({ status: "succeeded", attempts: 2, response_status: 200, next_attempt_at: null })
          )
          expect(receiver.received).toHaveLength(2)
          expect(receiver.received[0].headers["x-aftersales-delivery"]).toBe(
            receiver.received[1].headers["x-aftersales-delivery"]
          )
        } finally {
          await receiver.close()
        }
      })

      it("redelivers a delivery on request as a new entry in the log", async () => {
        const receiver = await startWebhookReceiver([200])
        try {
          const { data } = await api.post("/admin/aftersales/webhooks", { url: receiver.url, events: ["*"] }, admin)
          const { data: test } = await api.post(`/admin/aftersales/webhooks/${data.webhook.id}/test`, {}, admin)
          expect(test.webhook_delivery.event_name).toBe("webhook.ping")
          await waitFor(async () => receiver.received.length === 1)

          const { data: again } = await api.post(
            `/admin/aftersales/webhook-deliveries/${test.webhook_delivery.id}/redeliver`,
            {},
            admin
          )
          expect(again.webhook_delivery).toEqual(
            expect.objectContaining({ redelivery_of: test.webhook_delivery.id, event_name: "webhook.ping" })
          )
          await waitFor(async () => receiver.received.length === 2)
          expect(JSON.parse(receiver.received[1].body).data).toEqual(test.webhook_delivery.payload)

          const actions = (await auditEntries("entity_type=aftersales_webhook_delivery")).map((e: any) => e.action)
          expect(actions).toEqual(["webhook_delivery.redelivered"])
        } finally {
          await receiver.close()
        }
      })

      it("stops delivering to deactivated endpoints and rotates secrets", async () => {
        const receiver = await startWebhookReceiver([200])
        try {
          const { data } = await api.post("/admin/aftersales/webhooks", { url: receiver.url, events: ["*"] }, admin)
          await api.post(`/admin/aftersales/webhooks/${data.webhook.id}`, { is_active: false }, admin)
          await api.post("/admin/aftersales/roles", { name: "quiet_role", label: "Quiet", permissions: [] }, admin)
          await new Promise((resolve) => setTimeout(resolve, 1_000))
          expect(receiver.received).toHaveLength(0)

          const { data: rotated } = await api.post(`/admin/aftersales/webhooks/${data.webhook.id}/rotate-secret`, {}, admin)
          expect(rotated.secret).toMatch(/^whsec_/)
          expect(rotated.secret).not.toBe(data.secret)

          await api.delete(`/admin/aftersales/webhooks/${data.webhook.id}`, admin)
          const gone = await rejectionOf(api.get(`/admin/aftersales/webhooks/${data.webhook.id}`, admin))
          expect(gone.response.status).toBe(404)
        } finally {
          await receiver.close()
        }
      })
    })
  },
})
