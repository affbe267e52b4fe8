import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WARRANTY_MODULE } from ".."
import WarrantyModuleService from "../service"

jest.setTimeout(60_000)

const moduleDir = path.join(__dirname, "..")
const DAY = 24 * 60 * 60 * 1000

moduleIntegrationTestRunner<WarrantyModuleService>({
  moduleName: WARRANTY_MODULE,
  dbName: `medusa-${WARRANTY_MODULE}-${process.pid}`,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  testSuite: ({ service }) => {
    const now = new Date("2026-11-26T12:00:00Z")

    const register = async (serial: string, endsInDays: number, overrides: Record<string, unknown> = {}) => {
      const policy =
        (await service.listWarrantyPolicies({}, { take: 1 }))[0] ??
        (await service.createWarrantyPolicies({
          name: "Two years",
          duration_months: 24,
          product_ids: [],
          collection_ids: [],
          type_ids: [],
          tag_ids: [],
          variant_ids: [],
          sale_variant_ids: [],
        } as any))
      return service.createWarrantyRegistrations({
        policy_id: policy.id,
        source: "manual",
        status: "active",
        serial_number: serial,
        coverage: "parts_and_labour",
        duration_months: 24,
        purchased_at: new Date(now.getTime() - 700 * DAY),
        starts_at: new Date(now.getTime() - 700 * DAY),
        ends_at: new Date(now.getTime() + endsInDays * DAY),
        ...overrides,
      } as any)
    }

    describe("expiry claims", () => {
      it("claims a due reminder once even when two job instances claim at the same time", async () => {
        const soon = await register("SN-SOON", 10)
        await register("SN-LATER", 90)
        const [first, second] = await Promise.all([
          service.claimExpiringRegistrations({ days: 30, now, limit: 100 }),
          service.claimExpiringRegistrations({ days: 30, now, limit: 100 }),
        ])
        expect([...first, ...second].map((row) => row.serial_number)).toEqual(["SN-SOON"])
        expect(await service.claimExpiringRegistrations({ days: 30, now, limit: 100 })).toEqual([])

        await service.releaseExpiringClaims([soon.id])
        expect((await service.claimExpiringRegistrations({ days: 30, now, limit: 100 })).map((row) => row.id)).toEqual([
          soon.id,
        ])
      })

      it("sends no reminder for a unit whose extended warranty carries on", async () => {
        const base = await register("SN-EXTENDED", 5)
        await register("SN-EXTENDED", 735, {
          kind: "extended",
          extends_registration_id: base.id,
          starts_at: new Date(now.getTime() + 5 * DAY),
        })
        const claimed = await service.claimExpiringRegistrations({ days: 30, now, limit: 100 })
        expect(claimed.map((row) => row.id)).not.toContain(base.id)
      })

      it("marks ended units expired once and makes them active again on release", async () => {
        const ended = await register("SN-ENDED", -1)
        const claimed = await service.claimExpiredRegistrations({ now, limit: 100 })
        expect(claimed.map((row) => row.id)).toEqual([ended.id])
        expect((await service.retrieveWarrantyRegistration(ended.id)).status).toBe("expired")
        expect(await service.claimExpiredRegistrations({ now, limit: 100 })).toEqual([])

        await service.releaseExpiredClaims([ended.id])
        expect((await service.retrieveWarrantyRegistration(ended.id)).status).toBe("active")
      })
    })

    describe("registrations", () => {
      it("keeps one registration per order line unit and kind", async () => {
        await register("SN-LINE-1", 300, { order_id: "order_1", line_item_id: "ordli_1", unit_index: 1 })
        await expect(
          register("SN-LINE-1B", 300, { order_id: "order_1", line_item_id: "ordli_1", unit_index: 1 })
        ).rejects.toThrow()
        await register("SN-LINE-2", 300, { order_id: "order_1", line_item_id: "ordli_1", unit_index: 2 })
        expect(await service.listWarrantyRegistrations({ line_item_id: "ordli_1" })).toHaveLength(2)
      })
    })
  },
})
