import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  AuthHeaders,
  createStaffUser,
  rejectionOf,
  syncSystemRoles,
} from "../helpers/admin"

jest.setTimeout(120 * 1000)

/** One request per admin route family the plugin adds, with the permission it needs. */
const ROUTE_FAMILIES: { method: "get" | "post" | "delete"; url: string; permission: string; body?: unknown }[] = [
  { method: "get", url: "/admin/aftersales/roles", permission: "roles:read" },
  { method: "post", url: "/admin/aftersales/roles", permission: "roles:configure", body: { name: "x_role", label: "X", permissions: [] } },
  { method: "get", url: "/admin/aftersales/role-assignments", permission: "roles:read" },
  { method: "delete", url: "/admin/aftersales/role-assignments/asrolea_missing", permission: "roles:configure" },
  { method: "get", url: "/admin/aftersales/permissions", permission: "roles:read" },
  { method: "get", url: "/admin/aftersales/audit-log", permission: "audit_log:read" },
  { method: "get", url: "/admin/aftersales/audit-log/export", permission: "audit_log:export" },
  { method: "get", url: "/admin/aftersales/events", permission: "webhooks:read" },
  { method: "get", url: "/admin/aftersales/webhooks", permission: "webhooks:read" },
  { method: "post", url: "/admin/aftersales/webhooks", permission: "webhooks:configure", body: { url: "https://example.com/hook", events: ["*"] } },
  { method: "get", url: "/admin/aftersales/webhooks/aswh_missing/deliveries", permission: "webhooks:read" },
  { method: "post", url: "/admin/aftersales/webhook-deliveries/aswhdel_missing/redeliver", permission: "webhooks:configure" },
]

function send(api: any, route: (typeof ROUTE_FAMILIES)[number], auth?: AuthHeaders) {
  return route.method === "post"
    ? api.post(route.url, route.body ?? {}, auth)
    : api[route.method](route.url, auth)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeEach(async () => {
      await syncSystemRoles(getContainer())
    })

    describe("authentication", () => {
      it("answers 401 on every route family without a session", async () => {
        for (const route of [...ROUTE_FAMILIES, { method: "get" as const, url: "/admin/aftersales/me", permission: "" }]) {
          const error = await rejectionOf(send(api, route))
          expect([route.url, error.response.status]).toEqual([route.url, 401])
        }
      })
    })

    describe("bootstrap", () => {
      it("treats every admin user as administrator until someone holds the admin role", async () => {
        const first = await createStaffUser(getContainer(), api, "first@example.com")

        const { data: before } = await api.get("/admin/aftersales/me", first)
        expect(before).toEqual(
          expect.objectContaining({ bootstrap: true, permissions: ["*:*"], roles: [] })
        )

        const { data: roles } = await api.get("/admin/aftersales/roles?name=admin", first)
        await api.post(
          "/admin/aftersales/role-assignments",
          { role_id: roles.roles[0].id, actor_id: first.id },
          first
        )

        const { data: after } = await api.get("/admin/aftersales/me", first)
        expect(after.bootstrap).toBe(false)
        expect(after.roles.map((role: any) => role.name)).toEqual(["admin"])

        const newcomer = await createStaffUser(getContainer(), api, "newcomer@example.com")
        const { data: newcomerAccess } = await api.get("/admin/aftersales/me", newcomer)
        expect(newcomerAccess).toEqual(
          expect.objectContaining({ bootstrap: false, permissions: [], roles: [] })
        )
        const error = await rejectionOf(api.get("/admin/aftersales/roles", newcomer))
        expect(error.response.status).toBe(403)
      })
    })

    describe("permissions", () => {
      let admin: AuthHeaders & { id: string }

      beforeEach(async () => {
        admin = await createStaffUser(getContainer(), api, "admin@example.com", ["admin"])
      })

      it("answers 403 naming the missing permission on every route family", async () => {
        const analyst = await createStaffUser(getContainer(), api, "analyst@example.com", ["analyst"])
        for (const route of ROUTE_FAMILIES) {
          const error = await rejectionOf(send(api, route, analyst))
          expect([route.url, error.response.status]).toEqual([route.url, 403])
          expect(error.response.data.message).toContain(`"${route.permission}"`)
        }
      })

      it("lets a supervisor read the audit log but not export it", async () => {
        const supervisor = await createStaffUser(getContainer(), api, "sup@example.com", ["supervisor"])
        const { status } = await api.get("/admin/aftersales/audit-log", supervisor)
        expect(status).toBe(200)
        const error = await rejectionOf(api.get("/admin/aftersales/audit-log/export", supervisor))
        expect(error.response.status).toBe(403)
        expect(error.response.data.message).toContain('"audit_log:export"')
      })

      it("grants exactly what a custom role holds, and takes it away on unassignment", async () => {
        const { data: created } = await api.post(
          "/admin/aftersales/roles",
          {
            name: "integration_reader",
            label: "Integration reader",
            description: "Reads webhooks for the ERP connector",
            permissions: ["webhooks:read"],
          },
          admin
        )
        expect(created.role).toEqual(
          expect.objectContaining({ name: "integration_reader", is_system: false, permissions: ["webhooks:read"] })
        )

        const erp = await createStaffUser(getContainer(), api, "erp@example.com")
        const { data: assigned } = await api.post(
          "/admin/aftersales/role-assignments",
          { role_id: created.role.id, actor_id: erp.id },
          admin
        )
        expect(assigned.role_assignment.role.name).toBe("integration_reader")

        expect((await api.get("/admin/aftersales/webhooks", erp)).status).toBe(200)
        const denied = await rejectionOf(api.get("/admin/aftersales/audit-log", erp))
        expect(denied.response.status).toBe(403)

        await api.delete(`/admin/aftersales/role-assignments/${assigned.role_assignment.id}`, admin)
        const revoked = await rejectionOf(api.get("/admin/aftersales/webhooks", erp))
        expect(revoked.response.status).toBe(403)
      })

      it("gives a user with several roles the union of their permissions", async () => {
        const both = await createStaffUser(getContainer(), api, "both@example.com", ["agent", "purchaser"])
        const { data } = await api.get("/admin/aftersales/me", both)
        expect(data.roles.map((role: any) => role.name).sort()).toEqual(["agent", "purchaser"])
        expect(data.permissions).toEqual(
          expect.arrayContaining(["service_tickets:write", "purchasing:write"])
        )
      })

      it("keeps built-in roles as the plugin defines them", async () => {
        const { data } = await api.get("/admin/aftersales/roles?name=agent", admin)
        const agentRole = data.roles[0]
        expect(agentRole.is_system).toBe(true)

        const update = await rejectionOf(
          api.post(`/admin/aftersales/roles/${agentRole.id}`, { permissions: ["*:*"] }, admin)
        )
        expect(update.response.status).toBe(400)
        expect(update.response.data.message).toContain("built-in role")

        const removal = await rejectionOf(api.delete(`/admin/aftersales/roles/${agentRole.id}`, admin))
        expect(removal.response.status).toBe(400)

        const { data: after } = await api.get(`/admin/aftersales/roles/${agentRole.id}`, admin)
        expect(after.role.permissions).toEqual(agentRole.permissions)
      })

      it("refuses to remove the last administrator", async () => {
        const { data } = await api.get(`/admin/aftersales/role-assignments?actor_id=${admin.id}`, admin)
        const error = await rejectionOf(
          api.delete(`/admin/aftersales/role-assignments/${data.role_assignments[0].id}`, admin)
        )
        expect(error.response.status).toBe(400)
        expect(error.response.data.message).toContain("last administrator")
        expect((await api.get("/admin/aftersales/me", admin)).data.roles[0].name).toBe("admin")
      })

      it("answers bad input with a 400 and writes nothing", async () => {
        const countRoles = async () => (await api.get("/admin/aftersales/roles", admin)).data.count
        const countAudit = async () => (await api.get("/admin/aftersales/audit-log", admin)).data.count
        const rolesBefore = await countRoles()
        const auditBefore = await countAudit()

        const badBodies = [
          { name: "Bad Name", label: "x", permissions: [] },
          { name: "ok_name", label: "x", permissions: ["tickets:fly"] },
          { name: "ok_name", label: "", permissions: [] },
          { name: "ok_name", label: "x", permissions: [], unexpected: true },
        ]
        for (const body of badBodies) {
          const error = await rejectionOf(api.post("/admin/aftersales/roles", body, admin))
          expect(error.response.status).toBe(400)
          expect(error.response.data.message).toMatch(/Invalid request/)
        }
        const duplicate = await rejectionOf(
          api.post("/admin/aftersales/roles", { name: "admin", label: "Again", permissions: [] }, admin)
        )
        expect(duplicate.response.status).toBe(422)
        const unknownRole = await rejectionOf(
          api.post("/admin/aftersales/role-assignments", { role_id: "asrole_nope", actor_id: admin.id }, admin)
        )
        expect(unknownRole.response.status).toBe(404)

        expect(await countRoles()).toBe(rolesBefore)
        expect(await countAudit()).toBe(auditBefore)
      })

      it("lets a secret API key with a role synchronise, and nothing more", async () => {
        const {
          result: [apiKey],
        } = await createApiKeysWorkflow(getContainer()).run({
          input: { api_keys: [{ title: "ERP sync", type: "secret", created_by: admin.id }] },
        })
        const erp = {
          headers: { authorization: `Basic ${Buffer.from(`${apiKey.token}:`).toString("base64")}` },
        }

        const unassigned = await rejectionOf(api.get("/admin/aftersales/webhooks", erp))
        expect(unassigned.response.status).toBe(403)
        const { data: me } = await api.get("/admin/aftersales/me", erp)
        expect(me).toEqual(expect.objectContaining({ bootstrap: false, permissions: [] }))

        const { data: roles } = await api.get("/admin/aftersales/roles?name=analyst", admin)
        await api.post(
          "/admin/aftersales/role-assignments",
          { role_id: roles.roles[0].id, actor_id: apiKey.id, actor_type: "api-key" },
          admin
        )
        const { data: granted } = await api.get("/admin/aftersales/me", erp)
        expect(granted.user).toEqual({ id: apiKey.id, actor_type: "api-key" })
        expect(granted.permissions).toContain("service_tickets:read")
        const denied = await rejectionOf(api.get("/admin/aftersales/webhooks", erp))
        expect(denied.response.status).toBe(403)
        expect(denied.response.data.message).toContain('"webhooks:read"')
      })

      it("lists the permission catalogue for the role editor", async () => {
        const { data } = await api.get("/admin/aftersales/permissions", admin)
        expect(data.resources).toEqual(
          expect.arrayContaining([
            { resource: "audit_log", actions: ["read", "export"] },
            expect.objectContaining({ resource: "service_tickets" }),
          ])
        )
      })
    })
  },
})
