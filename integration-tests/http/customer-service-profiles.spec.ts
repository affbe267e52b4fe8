import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk"
import HelpdeskModuleService from "../../src/modules/helpdesk/service"
import {
  AuthHeaders,
  createStaffUser,
  rejectionOf,
  syncSystemRoles,
  waitFor,
} from "../helpers/admin"
import { createPublishableKey, createStoreCustomer, StoreCustomer } from "../helpers/storefront"

jest.setTimeout(240 * 1000)

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AuthHeaders & { id: string }
    let agent: AuthHeaders & { id: string }
    let analyst: AuthHeaders & { id: string }
    let technician: AuthHeaders & { id: string }
    let alice: StoreCustomer
    let bob: StoreCustomer

    const profileOf = async (customerId: string) => {
      const { data } = await api.get(`/admin/customer-service-profiles?customer_id=${customerId}`, admin)
      return data.customer_service_profiles[0] ?? null
    }

    /** Waits until the customer's profile satisfies `check` (subscribers run asynchronously). */
    const waitForProfile = (customerId: string, check: (profile: any) => boolean) =>
      waitFor(async () => {
        const profile = await profileOf(customerId)
        return profile && check(profile) ? profile : null
      })

    // Beforehand: customers created through the host's account workflow get a profile from the
    // customer.created subscriber; the runner restores this state before every test.
    beforeAll(async () => {
      const container = getContainer()
      await syncSystemRoles(container)
      const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
      await helpdesk.ensureDefaultCustomerTiers()
      admin = await createStaffUser(container, api, "admin@example.com", ["admin"])
      agent = await createStaffUser(container, api, "agent@example.com", ["agent"])
      analyst = await createStaffUser(container, api, "analyst@example.com", ["analyst"])
      technician = await createStaffUser(container, api, "technician@example.com", ["technician"])
      const key = await createPublishableKey(container)
      alice = await createStoreCustomer(container, api, "alice@example.com", key)
      bob = await createStoreCustomer(container, api, "bob@example.com", key)
      await waitForProfile(alice.id, Boolean)
      await waitForProfile(bob.id, Boolean)
    })

    /** An order of the customer in the host's Order module, announced like checkout does. */
    const placeOrder = async (customer: StoreCustomer, amount: number, placedDaysAgo = 0) => {
      const container = getContainer()
      const orderService = container.resolve(Modules.ORDER)
      const [order] = await orderService.createOrders([
        {
          currency_code: "eur",
          customer_id: customer.id,
          email: customer.email,
          items: [{ title: "Aurora Espresso Machine", quantity: 1, unit_price: amount }],
        },
      ])
      if (placedDaysAgo) {
        await container
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(`update "order" set created_at = now() - (? * interval '1 day') where id = ?`, [
            placedDaysAgo,
            order.id,
          ])
      }
      await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      return order
    }

    const recompute = async (customerId: string, auth: AuthHeaders = agent) =>
      (await api.post(`/admin/customer-service-profiles/${customerId}/recompute`, {}, auth)).data
        .customer_service_profile

    const groupsOf = async (customerId: string) => {
      const { data } = await api.get(`/admin/customers/${customerId}?fields=groups.name`, admin)
      return data.customer.groups.map((group: any) => group.name).sort()
    }

    const tierByCode = async (code: string) => {
      const { data } = await api.get(`/admin/customer-tiers?limit=100`, admin)
      return data.customer_tiers.find((tier: any) => tier.code === code)
    }

    describe("classification from host orders", () => {
      it("gives a new customer a potential profile in the lowest tier", async () => {
        const profile = await profileOf(alice.id)
        expect(profile).toEqual(
          expect.objectContaining({
            customer_id: alice.id,
            lifecycle_stage: "potential",
            value_tier: "regular",
            order_count: 0,
            first_order_at: null,
            last_order_at: null,
          })
        )
        expect(Number(profile.total_spent)).toBe(0)
        expect(profile.customer).toEqual(expect.objectContaining({ id: alice.id, email: alice.email }))

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: customers } = await query.graph({
          entity: "customer",
          fields: ["id", "customer_service_profile.id", "customer_service_profile.lifecycle_stage"],
          filters: { id: alice.id },
        })
        expect(customers[0].customer_service_profile).toEqual(
          expect.objectContaining({ id: profile.id, lifecycle_stage: "potential" })
        )
      })

      it("recomputes on order.placed, and the tier rises when spend crosses a threshold", async () => {
        await placeOrder(alice, 120)
        const first = await waitForProfile(alice.id, (profile) => profile.order_count === 1)
        expect(first).toEqual(
          expect.objectContaining({ lifecycle_stage: "new", value_tier: "regular", currency_code: "eur" })
        )
        expect(Number(first.total_spent)).toBe(120)

        await placeOrder(alice, 400)
        const second = await waitForProfile(alice.id, (profile) => profile.order_count === 2)
        expect(second).toEqual(expect.objectContaining({ lifecycle_stage: "returning", value_tier: "silver" }))
        expect(Number(second.total_spent)).toBe(520)

        await placeOrder(alice, 1000)
        const third = await waitForProfile(alice.id, (profile) => profile.order_count === 3)
        expect(third.value_tier).toBe("gold")
        expect(Number(third.total_spent)).toBe(1520)

        const { data } = await api.get(
          `/admin/aftersales/audit-log?entity_id=${third.id}&order=created_at&limit=20`,
          admin
        )
        expect(data.audit_log_entries.map((entry: any) => entry.action)).toEqual([
          "customer_service_profile.created",
          "customer_service_profile.updated",
          "customer_service_profile.updated",
          "customer_service_profile.updated",
        ])
      })

      it("stops counting an order once it is canceled", async () => {
        await placeOrder(alice, 300)
        const expensive = await placeOrder(alice, 900)
        await waitForProfile(alice.id, (profile) => profile.order_count === 2 && profile.value_tier === "silver")

        const container = getContainer()
        await container.resolve(Modules.ORDER).cancel(expensive.id)
        await container.resolve(Modules.EVENT_BUS).emit({ name: "order.canceled", data: { id: expensive.id } })
        const after = await waitForProfile(alice.id, (profile) => profile.order_count === 1)
        expect(after).toEqual(expect.objectContaining({ lifecycle_stage: "new", value_tier: "regular" }))
        expect(Number(after.total_spent)).toBe(300)
      })

      it("calls a customer dormant after the configured days without an order", async () => {
        await placeOrder(bob, 80, 400)
        await placeOrder(bob, 90, 380)
        const dormant = await waitForProfile(
          bob.id,
          (profile) => profile.order_count === 2 && profile.lifecycle_stage === "dormant"
        )
        expect(new Date(dormant.last_order_at).getTime()).toBeLessThan(Date.now() - 379 * DAY)

        await api.post("/admin/customer-classification-settings", { dormant_after_days: 500 }, admin)
        expect((await recompute(bob.id)).lifecycle_stage).toBe("returning")
      })

      it("follows changed tier thresholds at the next recompute", async () => {
        await placeOrder(bob, 250)
        await waitForProfile(bob.id, (profile) => profile.order_count === 1)
        const silver = await tierByCode("silver")
        await api.post(`/admin/customer-tiers/${silver.id}`, { min_total_spent: 200 }, admin)
        expect((await recompute(bob.id)).value_tier).toBe("silver")
      })
    })

    describe("customer group mirror", () => {
      it("puts the customer into the group of their tier and moves them when the tier changes", async () => {
        await placeOrder(alice, 600)
        await waitForProfile(alice.id, (profile) => profile.value_tier === "silver")
        expect(await groupsOf(alice.id)).toEqual([])

        const { data: settings } = await api.post(
          "/admin/customer-classification-settings",
          { mirror_customer_groups: true },
          admin
        )
        expect(settings.customer_classification_settings).toEqual(
          expect.objectContaining({ mirror_customer_groups: true, dormant_after_days: 365 })
        )
        await recompute(alice.id)
        expect(await groupsOf(alice.id)).toEqual(["Silver tier"])
        expect((await tierByCode("silver")).customer_group_id).toEqual(expect.stringMatching(/^cusgroup_/))

        await placeOrder(alice, 1000)
        await waitForProfile(alice.id, (profile) => profile.value_tier === "gold")
        await waitFor(async () => (await groupsOf(alice.id)).join() === "Gold tier")

        // Groups that are not tier groups stay untouched.
        const customerModule = getContainer().resolve(Modules.CUSTOMER)
        const vipFriends = await customerModule.createCustomerGroups({ name: "Friends of the shop" })
        await customerModule.addCustomerToGroup({ customer_id: alice.id, customer_group_id: vipFriends.id })
        await recompute(alice.id)
        expect(await groupsOf(alice.id)).toEqual(["Friends of the shop", "Gold tier"])
      })
    })

    describe("recompute all", () => {
      const runToEnd = async () => {
        const { data, status } = await api.post("/admin/customer-service-profiles/recompute", {}, agent)
        expect(status).toBe(202)
        expect(data.recompute_run).toEqual(
          expect.objectContaining({ status: "running", trigger: "admin", total: 2, started_by: agent.id })
        )
        return await waitFor(async () => {
          const { data: status } = await api.get("/admin/customer-service-profiles/recompute/status", agent)
          return status.recompute_run.id === data.recompute_run.id &&
            status.recompute_run.status !== "running"
            ? status.recompute_run
            : null
        })
      }

      it("runs in the background with progress, and a second run changes nothing", async () => {
        await placeOrder(bob, 700, 30)
        await waitForProfile(bob.id, (profile) => profile.order_count === 1)
        // Orders written behind the plugin's back (no event): only a recompute sees them.
        await getContainer().resolve(Modules.ORDER).createOrders([
          { currency_code: "eur", customer_id: alice.id, email: alice.email, items: [{ title: "Filter", quantity: 1, unit_price: 40 }] },
        ])
        await api.post("/admin/customer-classification-settings", { mirror_customer_groups: true }, admin)

        const first = await runToEnd()
        expect(first).toEqual(expect.objectContaining({ status: "succeeded", processed: 2, total: 2, changed: 1 }))
        expect(await profileOf(alice.id)).toEqual(expect.objectContaining({ order_count: 1, lifecycle_stage: "new" }))
        expect(await groupsOf(bob.id)).toEqual(["Silver tier"])

        const profilesBefore = (await api.get("/admin/customer-service-profiles", admin)).data
        const auditBefore = (await api.get("/admin/aftersales/audit-log?entity_type=customer_service_profile", admin)).data.count
        const second = await runToEnd()
        expect(second).toEqual(expect.objectContaining({ status: "succeeded", processed: 2, changed: 0 }))
        expect((await api.get("/admin/customer-service-profiles", admin)).data).toEqual(profilesBefore)
        expect(
          (await api.get("/admin/aftersales/audit-log?entity_type=customer_service_profile", admin)).data.count
        ).toBe(auditBefore)
        expect(await groupsOf(bob.id)).toEqual(["Silver tier"])
      })

      it("refuses a second run while one is running", async () => {
        const helpdesk: HelpdeskModuleService = getContainer().resolve(HELPDESK_MODULE)
        await helpdesk.createCustomerProfileRecomputeRuns({
          status: "running",
          trigger: "backfill",
          total: 2,
          processed: 1,
          started_at: new Date(),
        })
        const error = await rejectionOf(api.post("/admin/customer-service-profiles/recompute", {}, agent))
        expect(error.response.status).toBe(409)
        expect(error.response.data.message).toContain("already running (1 of 2 customers done)")
      })
    })

    describe("admin API", () => {
      it("lists profiles filtered by lifecycle stage, tier and customer e-mail", async () => {
        await placeOrder(bob, 800, 10)
        await waitForProfile(bob.id, (profile) => profile.order_count === 1)
        const list = async (query: string) =>
          (await api.get(`/admin/customer-service-profiles?${query}`, agent)).data.customer_service_profiles.map(
            (profile: any) => profile.customer.email
          )
        expect(await list("lifecycle_stage=potential")).toEqual(["alice@example.com"])
        expect(await list("lifecycle_stage[]=new&lifecycle_stage[]=returning")).toEqual(["bob@example.com"])
        expect(await list("value_tier=silver")).toEqual(["bob@example.com"])
        expect(await list("q=ALICE")).toEqual(["alice@example.com"])
        expect(await list("q=nobody")).toEqual([])

        const { data } = await api.get(`/admin/customer-service-profiles/${bob.id}`, agent)
        expect(data.customer_service_profile).toEqual(
          expect.objectContaining({ customer_id: bob.id, value_tier: "silver", order_count: 1 })
        )
        const missing = await rejectionOf(api.get("/admin/customer-service-profiles/cus_missing", agent))
        expect(missing.response.status).toBe(404)
        const bad = await rejectionOf(api.get("/admin/customer-service-profiles?lifecycle_stage=loyal", agent))
        expect(bad.response.status).toBe(400)
      })

      it("creates, updates and deletes tiers, refusing duplicates and invalid thresholds", async () => {
        const { data: created } = await api.post(
          "/admin/customer-tiers",
          { code: "platinum", name: "Platinum", min_total_spent: 10000, min_order_count: 10, rank: 4 },
          admin
        )
        expect(created.customer_tier).toEqual(
          expect.objectContaining({ code: "platinum", rank: 4, min_order_count: 10, is_active: true })
        )
        expect(Number(created.customer_tier.min_total_spent)).toBe(10000)

        const failures: [Record<string, unknown>, number, string][] = [
          [{ code: "gold", name: "Gold 2", rank: 9 }, 422, 'Tier code "gold" is used twice'],
          [{ code: "bronze", name: "Bronze", rank: 1 }, 422, "Rank 1 is used by two tiers"],
          [{ code: "Gold Plus", name: "Gold Plus", rank: 9 }, 400, "lower-case letters"],
          [{ code: "cheap", name: "Cheap", rank: 9, min_total_spent: -5 }, 400, "min_total_spent"],
          [{ code: "odd", name: "Odd", rank: 9, colour: "red" }, 400, "colour"],
        ]
        for (const [body, status, message] of failures) {
          const error = await rejectionOf(api.post("/admin/customer-tiers", body, admin))
          expect([body, error.response.status]).toEqual([body, status])
          expect(error.response.data.message).toContain(message)
        }
        const rankClash = await rejectionOf(
          api.post(`/admin/customer-tiers/${created.customer_tier.id}`, { rank: 3 }, admin)
        )
        expect(rankClash.response.status).toBe(422)
        expect((await api.get("/admin/customer-tiers", admin)).data.customer_tiers.map((tier: any) => tier.code)).toEqual([
          "regular",
          "silver",
          "gold",
          "vip",
          "platinum",
        ])

        const { data: updated } = await api.post(
          `/admin/customer-tiers/${created.customer_tier.id}`,
          { name: "Platinum club", is_active: false },
          admin
        )
        expect(updated.customer_tier).toEqual(expect.objectContaining({ name: "Platinum club", is_active: false }))
        await api.delete(`/admin/customer-tiers/${created.customer_tier.id}`, admin)
        const { data: again } = await api.post("/admin/customer-tiers", { code: "platinum", name: "Platinum", rank: 4 }, admin)
        expect(again.customer_tier.id).not.toBe(created.customer_tier.id)

        const { data: audit } = await api.get(
          `/admin/aftersales/audit-log?entity_id=${created.customer_tier.id}&order=created_at`,
          admin
        )
        expect(audit.audit_log_entries.map((entry: any) => entry.action)).toEqual([
          "customer_tier.created",
          "customer_tier.updated",
          "customer_tier.deleted",
        ])
      })

      it("validates the settings", async () => {
        for (const body of [{ dormant_after_days: 0 }, { dormant_after_days: 1.5 }, { mirror_customer_groups: "yes" }, { other: 1 }]) {
          const error = await rejectionOf(api.post("/admin/customer-classification-settings", body, admin))
          expect([body, error.response.status]).toEqual([body, 400])
        }
        const { data } = await api.get("/admin/customer-classification-settings", agent)
        expect(data.customer_classification_settings).toEqual(
          expect.objectContaining({ dormant_after_days: 365, mirror_customer_groups: false })
        )
      })

      it("answers 403 naming the permission", async () => {
        const cases: [() => Promise<unknown>, string][] = [
          [() => api.get("/admin/customer-service-profiles", technician), "customer_profiles:read"],
          [() => api.get("/admin/customer-tiers", technician), "customer_profiles:read"],
          [() => api.post("/admin/customer-tiers", { code: "x", name: "X", rank: 7 }, agent), "customer_profiles:configure"],
          [() => api.post("/admin/customer-classification-settings", { dormant_after_days: 30 }, agent), "customer_profiles:configure"],
          [() => api.post("/admin/customer-service-profiles/recompute", {}, analyst), "customer_profiles:write"],
          [() => api.post(`/admin/customer-service-profiles/${alice.id}/recompute`, {}, analyst), "customer_profiles:write"],
        ]
        for (const [request, permission] of cases) {
          const error = await rejectionOf(request())
          expect([permission, error.response.status]).toEqual([permission, 403])
          expect(error.response.data.message).toContain(permission)
        }
        expect((await api.get("/admin/customer-service-profiles", analyst)).status).toBe(200)
      })
    })

    describe("dormancy moves with time", () => {
      it("turns a customer dormant at the nightly recompute without any new order", async () => {
        await placeOrder(alice, 50, 364)
        const active = await waitForProfile(alice.id, (profile) => profile.order_count === 1)
        expect(active.lifecycle_stage).toBe("new")
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(`update "order" set created_at = created_at - interval '2 days' where customer_id = ?`, [alice.id])

        const { default: nightly } = await import("../../src/jobs/recompute-customer-service-profiles")
        await nightly(getContainer())
        expect((await profileOf(alice.id)).lifecycle_stage).toBe("dormant")
        const { data } = await api.get("/admin/customer-service-profiles/recompute/status", admin)
        expect(data.recompute_run).toEqual(
          expect.objectContaining({ trigger: "nightly", status: "succeeded", processed: 2, changed: 1 })
        )
        expect(Date.now() - new Date(data.recompute_run.finished_at).getTime()).toBeLessThan(DAY)
      })
    })
  },
})
