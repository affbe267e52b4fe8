import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { DEFAULT_RETRY_POLICY } from "../../../lib/webhooks/retry"
import { AFTERSALES_AUDIT_MODULE } from ".."
import AftersalesAuditModuleService from "../service"

jest.setTimeout(60_000)

const moduleDir = path.join(__dirname, "..")
const MINUTE = 60_000

type DeliveryStatus = "pending" | "succeeded" | "failed"

moduleIntegrationTestRunner<AftersalesAuditModuleService>({
  moduleName: AFTERSALES_AUDIT_MODULE,
  // One database per process, so two checkouts can run the suite at once.
  dbName: `medusa-${AFTERSALES_AUDIT_MODULE}-${process.pid}`,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  moduleOptions: {
    webhooks: { maxAttempts: 3, timeoutMs: 2_500 },
  },
  testSuite: ({ service }) => {
    let endpointId: string

    beforeEach(async () => {
      const endpoint = await service.createAftersalesWebhookEndpoints({
        url: "https://example.com/hooks",
        secret: "whsec_test",
        events: ["*"],
      })
      endpointId = endpoint.id
    })

    const createDeliveries = async (
      specs: { status?: DeliveryStatus; next_attempt_at: Date | null }[]
    ) => {
      const created = await service.createAftersalesWebhookDeliveries(
        specs.map((spec) => ({
          endpoint_id: endpointId,
          event_name: "aftersales_role.created",
          payload: { id: "asrole_1" },
          status: spec.status ?? "pending",
          next_attempt_at: spec.next_attempt_at,
        }))
      )
      return created.map((delivery) => delivery.id)
    }

    const ago = (ms: number) => new Date(Date.now() - ms)
    const ahead = (ms: number) => new Date(Date.now() + ms)

    describe("claimDueDeliveries", () => {
      it("claims only pending deliveries that are due", async () => {
        const [due, alsoDue, future, succeeded, failed, unscheduled] =
          await createDeliveries([
            { next_attempt_at: ago(MINUTE) },
            { next_attempt_at: ago(10 * MINUTE) },
            { next_attempt_at: ahead(10 * MINUTE) },
            { status: "succeeded", next_attempt_at: ago(MINUTE) },
            { status: "failed", next_attempt_at: ago(MINUTE) },
            { next_attempt_at: null },
          ])

        const claimed = await service.claimDueDeliveries({})

        expect(claimed.sort()).toEqual([due, alsoDue].sort())
        expect(claimed).not.toContain(future)
        expect(claimed).not.toContain(succeeded)
        expect(claimed).not.toContain(failed)
        expect(claimed).not.toContain(unscheduled)
      })

      it("does not claim soft-deleted deliveries", async () => {
        const [kept, removed] = await createDeliveries([
          { next_attempt_at: ago(MINUTE) },
          { next_attempt_at: ago(MINUTE) },
        ])
        await service.softDeleteAftersalesWebhookDeliveries([removed])

        expect(await service.claimDueDeliveries({})).toEqual([kept])
      })

      it("reserves a claimed delivery: a second claim does not return it again", async () => {
        const ids = await createDeliveries([
          { next_attempt_at: ago(MINUTE) },
          { next_attempt_at: ago(MINUTE) },
        ])

        expect((await service.claimDueDeliveries({})).sort()).toEqual(ids.sort())
        expect(await service.claimDueDeliveries({})).toEqual([])
        expect(await service.claimDueDeliveries({ ids })).toEqual([])

        // the lease pushes next_attempt_at into the future without touching the status
        const stored = await service.listAftersalesWebhookDeliveries({ id: ids })
        for (const delivery of stored) {
          expect(delivery.status).toBe("pending")
          expect(new Date(delivery.next_attempt_at!).getTime()).toBeGreaterThan(
            Date.now() + MINUTE
          )
        }
      })

      it("claims only the given ids, and only those that are due", async () => {
        const [wanted, other, wantedButFuture] = await createDeliveries([
          { next_attempt_at: ago(MINUTE) },
          { next_attempt_at: ago(MINUTE) },
          { next_attempt_at: ahead(MINUTE) },
        ])

        const claimed = await service.claimDueDeliveries({
          ids: [wanted, wantedButFuture, "aswhdel_missing"],
        })

        expect(claimed).toEqual([wanted])
        expect(await service.claimDueDeliveries({ ids: [] })).toEqual([])
        // the other due delivery is still available
        expect(await service.claimDueDeliveries({})).toEqual([other])
      })

      it("respects the limit and claims the longest-waiting deliveries first", async () => {
        const ids = await createDeliveries(
          [5, 4, 3, 2, 1].map((minutes) => ({ next_attempt_at: ago(minutes * MINUTE) }))
        )

        const first = await service.claimDueDeliveries({ limit: 2 })
        expect(first.sort()).toEqual([ids[0], ids[1]].sort())

        const rest = await service.claimDueDeliveries({ limit: 10 })
        expect(rest.sort()).toEqual(ids.slice(2).sort())
      })

      it("never lets two concurrent claims take the same delivery", async () => {
        const ids = await createDeliveries(
          Array.from({ length: 20 }, (_, i) => ({ next_attempt_at: ago((i + 1) * 1000) }))
        )

        // each call may take half: together they must cover all, without overlap
        const [a, b] = await Promise.all([
          service.claimDueDeliveries({ limit: 10 }),
          service.claimDueDeliveries({ limit: 10 }),
        ])

        const union = [...a, ...b]
        expect(new Set(union).size).toBe(union.length)
        expect(union.sort()).toEqual([...ids].sort())
        expect(a).toHaveLength(10)
        expect(b).toHaveLength(10)
      })

      it("splits the due deliveries between several concurrent limited claims", async () => {
        const ids = await createDeliveries(
          Array.from({ length: 20 }, (_, i) => ({ next_attempt_at: ago((i + 1) * 1000) }))
        )

        const results = await Promise.all(
          [1, 2, 3, 4].map(() => service.claimDueDeliveries({ limit: 5 }))
        )

        const union = results.flat()
        expect(new Set(union).size).toBe(union.length)
        expect(union.sort()).toEqual([...ids].sort())
        for (const claimed of results) {
          expect(claimed.length).toBe(5)
        }
      })
    })

    describe("getWebhookSettings", () => {
      it("merges the module options over the defaults", () => {
        expect(service.getWebhookSettings()).toEqual({
          maxAttempts: 3,
          baseDelaySeconds: DEFAULT_RETRY_POLICY.baseDelaySeconds,
          maxDelaySeconds: DEFAULT_RETRY_POLICY.maxDelaySeconds,
          timeoutMs: 2_500,
        })
      })
    })

    describe("audit log", () => {
      it("is append-only: entries cannot be updated or deleted", async () => {
        const entry = await service.createAftersalesAuditLogEntries({
          actor_type: "user",
          actor_id: "user_1",
          action: "aftersales_role.created",
          entity_type: "aftersales_role",
          entity_id: "asrole_1",
          changes: { name: { before: null, after: "night_shift" } },
        })

        await expect(
          service.updateAftersalesAuditLogEntries({ id: entry.id, action: "forged" })
        ).rejects.toThrow(/append-only/)
        await expect(
          service.softDeleteAftersalesAuditLogEntries([entry.id])
        ).rejects.toThrow(/append-only/)
        await expect(
          service.deleteAftersalesAuditLogEntries([entry.id])
        ).rejects.toThrow(/append-only/)

        const [stored] = await service.listAftersalesAuditLogEntries({ id: entry.id })
        expect(stored.action).toBe("aftersales_role.created")
        expect(stored.deleted_at).toBeNull()
      })
    })
  },
})

moduleIntegrationTestRunner<AftersalesAuditModuleService>({
  moduleName: AFTERSALES_AUDIT_MODULE,
  // One database per process, so two checkouts can run the suite at once.
  dbName: `medusa-${AFTERSALES_AUDIT_MODULE}-${process.pid}`,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  moduleOptions: {
    webhooks: { maxAttempts: undefined, maxDelaySeconds: 600 },
  },
  testSuite: ({ service }) => {
    describe("getWebhookSettings with options left undefined", () => {
      // With maxAttempts undefined, a failing delivery would be retried forever.
      it("keeps the default for an option set to undefined", () => {
        expect(service.getWebhookSettings()).toEqual({
          ...DEFAULT_RETRY_POLICY,
          maxDelaySeconds: 600,
          timeoutMs: 10_000,
        })
      })
    })
  },
})
