import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import HelpdeskModuleService from "../../src/modules/helpdesk/service"
import { formatSignatureHeader, signWebhookBody } from "../../src/lib/webhooks/signature"
import { AuthHeaders, createStaffUser, rejectionOf, syncSystemRoles } from "../helpers/admin"
import { createPublishableKey, createStoreCustomer, StoreCustomer } from "../helpers/storefront"

jest.setTimeout(180 * 1000)

// medusa-config.ts passes this to the helpdesk module as inboundSecret when the app boots.
const INBOUND_SECRET = "test-inbound-secret"
process.env.AFTERSALES_INBOUND_SECRET = INBOUND_SECRET

const INBOUND_URL = "/hooks/aftersales/inbound-messages"
const withSecret = { headers: { "x-aftersales-inbound-secret": INBOUND_SECRET } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let agent: AuthHeaders & { id: string }
    let alice: StoreCustomer
    let bob: StoreCustomer

    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
      await helpdesk.ensureDefaultPipeline()
      agent = await createStaffUser(container, api, "agent@example.com", ["admin"])
      const key = await createPublishableKey(container)
      alice = await createStoreCustomer(container, api, "alice@example.com", key)
      bob = await createStoreCustomer(container, api, "bob@example.com", key)
    })

    const email = (body: Record<string, unknown> = {}) => ({
      channel: "email",
      from: { email: alice.email, name: "Alice Tester" },
      subject: "My espresso machine leaks",
      body: "Water drips from below the brew group since this morning.",
      ...body,
    })
    const receive = (body: Record<string, unknown>, config: unknown = withSecret) =>
      api.post(INBOUND_URL, body, config)

    const ticketDetail = async (id: string) =>
      (await api.get(`/admin/service-tickets/${id}`, agent)).data.service_ticket

    const counts = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const helpdesk: HelpdeskModuleService = getContainer().resolve(HELPDESK_MODULE)
      const [, tickets] = await helpdesk.listAndCountServiceTickets({}, { take: 1 })
      const [, messages] = await helpdesk.listAndCountTicketMessages({}, { take: 1 })
      const { data: customers } = await query.graph({ entity: "customer", fields: ["id"] })
      return { tickets, messages, customers: customers.length }
    }

    it("refuses a missing or wrong secret with a 401 and writes nothing", async () => {
      const before = await counts()
      for (const config of [
        {},
        { headers: { "x-aftersales-inbound-secret": "wrong" } },
        { headers: { "x-aftersales-signature": `t=${Math.floor(Date.now() / 1000)},v1=00ff` } },
      ]) {
        const error = await rejectionOf(
          receive(email({ from: { email: "stranger@example.com" } }), config)
        )
        expect(error.response.status).toBe(401)
        expect(error.response.data.message).toContain("x-aftersales-inbound-secret")
      }
      // invalid bodies are refused too (after the secret is checked), also without writing
      for (const body of [
        email({ channel: "fax" }),
        email({ body: "" }),
        email({ from: { email: "not-an-address" } }),
        email({ unexpected: true }),
        email({ attachments: [{ url: "file:///etc/passwd", name: "x" }] }),
      ]) {
        const error = await rejectionOf(receive(body))
        expect([body, error.response.status]).toEqual([body, 400])
      }
      expect(await counts()).toEqual(before)
    })

    it("opens a new ticket for a message without a ticket number, on the e-mail channel", async () => {
      const { status, data } = await receive(
        email({ message_id: "<m1@mail.example.com>", attachments: [{ url: "https://files.example.com/leak.jpg", name: "leak.jpg", mime_type: "image/jpeg" }] })
      )
      expect(status).toBe(201)
      expect(data.inbound_message).toEqual(
        expect.objectContaining({ outcome: "created", matched_by: null, ticket_number: expect.stringMatching(/^ST-\d{6}$/) })
      )
      const ticket = await ticketDetail(data.inbound_message.ticket_id)
      expect(ticket).toEqual(
        expect.objectContaining({
          subject: "My espresso machine leaks",
          description: "Water drips from below the brew group since this morning.",
          channel: "email",
          customer_id: alice.id,
          stage: "intake",
        })
      )
      expect(ticket.messages).toEqual([
        expect.objectContaining({
          id: data.inbound_message.message_id,
          channel: "email",
          direction: "inbound",
          author_type: "customer",
          author_id: alice.id,
          visibility: "public",
          attachments: [{ url: "https://files.example.com/leak.jpg", name: "leak.jpg", mime_type: "image/jpeg" }],
        }),
      ])
      const { data: audit } = await api.get(
        `/admin/aftersales/audit-log?entity_id=${ticket.id}&order=created_at`,
        agent
      )
      expect(audit.audit_log_entries.map((entry: any) => [entry.action, entry.actor_type])).toEqual([
        ["service_ticket.created", "system"],
        ["service_ticket.message_added", "system"],
      ])
      // the customer sees the e-mail in the storefront too
      const { data: store } = await api.get(`/store/service-tickets/${ticket.id}`, { headers: alice.headers })
      expect(store.service_ticket.messages.map((m: any) => m.channel)).toEqual(["email"])
    })

    it("makes an unknown sender a guest customer of the host", async () => {
      const { data } = await receive(
        email({ channel: "chat", subject: null, from: { email: "New.Person@Example.com", name: "Nora van Dijk" }, body: "Hi!\nDo you ship to Norway?" })
      )
      const ticket = await ticketDetail(data.inbound_message.ticket_id)
      expect(ticket).toEqual(expect.objectContaining({ subject: "Hi!", channel: "chat" }))
      expect(ticket.customer).toEqual(
        expect.objectContaining({ email: "new.person@example.com", first_name: "Nora", last_name: "van Dijk" })
      )
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [customer] } = await query.graph({
        entity: "customer",
        fields: ["id", "has_account"],
        filters: { id: ticket.customer_id },
      })
      expect(customer.has_account).toBe(false)
      // the next message of the same sender reuses that customer
      const before = (await counts()).customers
      await receive(email({ channel: "chat", subject: null, from: { email: "new.person@example.com" }, body: "Hello again" }))
      expect((await counts()).customers).toBe(before)
    })

    it("appends to the open ticket named in the subject, keeps the channel and brings a waiting ticket back", async () => {
      const { data: opened } = await api.post(
        "/admin/service-tickets",
        { subject: "Grinder noise", customer_id: alice.id, channel: "web" },
        agent
      )
      const ticket = opened.service_ticket
      for (const to of ["assigned", "in_progress", "waiting_on_customer"]) {
        await api.post(`/admin/service-tickets/${ticket.id}/transition`, { to }, agent)
      }

      const { status, data } = await receive(
        email({ subject: `Re: [${ticket.number}] Grinder noise`, body: "Here is the video you asked for.", message_id: "<m2@mail.example.com>" })
      )
      expect(status).toBe(201)
      expect(data.inbound_message).toEqual(
        expect.objectContaining({ outcome: "appended", matched_by: "number", ticket_id: ticket.id, ticket_number: ticket.number })
      )
      const detail = await ticketDetail(ticket.id)
      expect(detail.messages).toEqual([
        expect.objectContaining({ channel: "email", direction: "inbound", author_type: "customer", body: "Here is the video you asked for." }),
      ])
      expect(detail).toEqual(expect.objectContaining({ stage: "in_progress", stage_category: "open", channel: "web" }))
      expect(detail.activities.map((a: any) => a.type)).toEqual(
        expect.arrayContaining(["message_added", "stage_changed"])
      )
    })

    it("continues a known provider thread without a number in the subject", async () => {
      const { data: first } = await receive(
        email({ channel: "chat", subject: null, body: "Is the descaler in stock?", thread_id: "chat-conv-77", message_id: "chat-1" })
      )
      const { data: second } = await receive(
        email({ channel: "chat", subject: null, body: "I need two bottles.", thread_id: "chat-conv-77", message_id: "chat-2" })
      )
      expect(second.inbound_message).toEqual(
        expect.objectContaining({ outcome: "appended", matched_by: "thread", ticket_id: first.inbound_message.ticket_id })
      )
      expect((await ticketDetail(first.inbound_message.ticket_id)).messages.map((m: any) => m.body)).toEqual([
        "Is the descaler in stock?",
        "I need two bottles.",
      ])
    })

    it("receives the same provider message once", async () => {
      const message = email({ message_id: "<same@mail.example.com>" })
      const first = await receive(message)
      const before = await counts()
      const again = await receive(message)
      expect(again.status).toBe(200)
      expect(again.data.inbound_message).toEqual(
        expect.objectContaining({
          outcome: "duplicate",
          ticket_id: first.data.inbound_message.ticket_id,
          message_id: first.data.inbound_message.message_id,
        })
      )
      expect(await counts()).toEqual(before)
      // the same id on two requests at once still gives one message
      const id = "<race@mail.example.com>"
      const results = await Promise.all([
        receive(email({ message_id: id })),
        receive(email({ message_id: id })),
      ])
      expect(results.map((r) => r.data.inbound_message.outcome).sort()).toEqual(["created", "duplicate"])
      const helpdesk: HelpdeskModuleService = getContainer().resolve(HELPDESK_MODULE)
      expect(await helpdesk.listTicketMessages({ external_id: id })).toHaveLength(1)
    })

    it("does not append to another customer's ticket named in the subject", async () => {
      const { data: opened } = await api.post(
        "/admin/service-tickets",
        { subject: "Bob's scooter", customer_id: bob.id },
        agent
      )
      const bobs = opened.service_ticket
      const { data } = await receive(email({ subject: `Re: ${bobs.number} scooter`, body: "Let me in on this." }))
      expect(data.inbound_message.outcome).toBe("created")
      expect(data.inbound_message.ticket_id).not.toBe(bobs.id)
      expect((await ticketDetail(bobs.id)).messages).toEqual([])
      expect((await ticketDetail(data.inbound_message.ticket_id)).customer_id).toBe(alice.id)
    })

    it("opens a follow-up ticket when the ticket in the subject is closed", async () => {
      const { data: opened } = await api.post(
        "/admin/service-tickets",
        { subject: "Old issue", customer_id: alice.id },
        agent
      )
      const old = opened.service_ticket
      await api.post(`/admin/service-tickets/${old.id}/transition`, { to: "canceled" }, agent)
      const { data } = await receive(email({ subject: `Re: ${old.number}`, body: "It is back." }))
      expect(data.inbound_message.outcome).toBe("created")
      const ticket = await ticketDetail(data.inbound_message.ticket_id)
      expect(ticket.metadata).toEqual({ follows_up_on: old.number })
    })

    it("accepts an HMAC signature of the raw body instead of the secret", async () => {
      const raw = JSON.stringify(email({ body: "Signed message" }))
      const t = Math.floor(Date.now() / 1000)
      const { status } = await api.post(INBOUND_URL, raw, {
        headers: {
          "content-type": "application/json",
          "x-aftersales-signature": formatSignatureHeader(t, signWebhookBody(INBOUND_SECRET, t, raw)),
        },
        transformRequest: [(body: unknown) => body],
      })
      expect(status).toBe(201)
    })

    describe("store attachment upload", () => {
      const upload = (ticketId: string, customer: StoreCustomer, files: { name: string; type: string; content: string }[]) => {
        const form = new FormData()
        for (const file of files) {
          form.append("files", new Blob([file.content], { type: file.type }), file.name)
        }
        return api.post(`/store/service-tickets/${ticketId}/attachments`, form, { headers: customer.headers })
      }

      it("uploads files for the customer's own ticket and refuses others' tickets and bad files", async () => {
        const { data: created } = await api.post(
          "/store/service-tickets",
          { subject: "Scratched housing", description: "See the photo." },
          { headers: alice.headers }
        )
        const ticket = created.service_ticket

        const { status, data } = await upload(ticket.id, alice, [
          { name: "photo.png", type: "image/png", content: "not really a png" },
        ])
        expect(status).toBe(201)
        expect(data.attachments).toEqual([
          { url: expect.stringMatching(/^https?:\/\//), name: "photo.png", mime_type: "image/png" },
        ])
        // the upload goes with a reply
        const { data: replied } = await api.post(
          `/store/service-tickets/${ticket.id}/messages`,
          { body: "Photo attached", attachments: data.attachments },
          { headers: alice.headers }
        )
        expect(replied.service_ticket.messages.at(-1).attachments).toEqual(data.attachments)

        const foreign = await rejectionOf(
          upload(ticket.id, bob, [{ name: "x.png", type: "image/png", content: "x" }])
        )
        expect(foreign.response.status).toBe(404)
        const wrongType = await rejectionOf(
          upload(ticket.id, alice, [{ name: "run.sh", type: "application/x-sh", content: "echo" }])
        )
        expect(wrongType.response.status).toBe(400)
        expect(wrongType.response.data.message).toContain("allowed are")
        const none = await rejectionOf(
          api.post(`/store/service-tickets/${ticket.id}/attachments`, {}, { headers: alice.headers })
        )
        expect(none.response.status).toBe(400)
      })
    })
  },
})
