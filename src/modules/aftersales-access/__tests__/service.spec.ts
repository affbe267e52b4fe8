import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ALL_PERMISSIONS, SYSTEM_ROLES } from "../../../lib/access/permissions"
import { AFTERSALES_ACCESS_MODULE } from ".."
import AftersalesAccessModuleService from "../service"

jest.setTimeout(60_000)

const moduleDir = path.join(__dirname, "..")

moduleIntegrationTestRunner<AftersalesAccessModuleService>({
  moduleName: AFTERSALES_ACCESS_MODULE,
  // One database per process, so two checkouts can run the suite at once.
  dbName: `medusa-${AFTERSALES_ACCESS_MODULE}-${process.pid}`,
  resolve: moduleDir,
  pathToMigrations: path.join(moduleDir, "migrations"),
  testSuite: ({ service }) => {
    const roleByName = async (name: string) => {
      const [role] = await service.listAftersalesRoles({ name })
      return role
    }

    describe("syncSystemRoles", () => {
      it("creates the eight built-in roles with their permissions", async () => {
        await service.syncSystemRoles()

        const roles = await service.listAftersalesRoles({}, { take: 100 })
        expect(roles).toHaveLength(8)
        expect(roles.map((role) => role.name).sort()).toEqual(
          SYSTEM_ROLES.map((role) => role.name).sort()
        )
        for (const definition of SYSTEM_ROLES) {
          const role = roles.find((r) => r.name === definition.name)!
          expect(role.is_system).toBe(true)
          expect(role.label).toBe(definition.label)
          expect(role.description).toBe(definition.description)
          expect([...role.permissions].sort()).toEqual(
            [...definition.permissions].sort()
          )
        }
      })

      it("is idempotent: a second run keeps the same eight roles and ids", async () => {
        await service.syncSystemRoles()
        const first = await service.listAftersalesRoles({}, { take: 100 })

        await service.syncSystemRoles()
        const second = await service.listAftersalesRoles({}, { take: 100 })

        expect(second).toHaveLength(8)
        const ids = (roles: typeof first) =>
          roles.map((role) => `${role.name}=${role.id}`).sort()
        expect(ids(second)).toEqual(ids(first))
      })

      it("survives concurrent runs (several instances starting at once)", async () => {
        await Promise.all([
          service.syncSystemRoles(),
          service.syncSystemRoles(),
          service.syncSystemRoles(),
        ])
        expect(await service.listAftersalesRoles({}, { take: 100 })).toHaveLength(8)
      })

      it("restores a tampered system role", async () => {
        await service.syncSystemRoles()
        const agent = await roleByName("agent")
        await service.updateAftersalesRoles({
          id: agent.id,
          label: "Hacked",
          permissions: [ALL_PERMISSIONS],
        })
        expect((await roleByName("agent")).permissions).toEqual([ALL_PERMISSIONS])

        await service.syncSystemRoles()

        const restored = await roleByName("agent")
        const definition = SYSTEM_ROLES.find((role) => role.name === "agent")!
        expect(restored.id).toBe(agent.id)
        expect(restored.label).toBe(definition.label)
        expect([...restored.permissions].sort()).toEqual(
          [...definition.permissions].sort()
        )
      })

      it("leaves custom roles alone", async () => {
        const custom = await service.createAftersalesRoles({
          name: "night_shift",
          label: "Night shift",
          permissions: ["service_tickets:read"],
        })

        await service.syncSystemRoles()

        const roles = await service.listAftersalesRoles({}, { take: 100 })
        expect(roles).toHaveLength(9)
        const stored = roles.find((role) => role.id === custom.id)!
        expect(stored.is_system).toBe(false)
        expect(stored.permissions).toEqual(["service_tickets:read"])
      })

      it("recreates a system role that was soft-deleted", async () => {
        await service.syncSystemRoles()
        const analyst = await roleByName("analyst")
        await service.softDeleteAftersalesRoles([analyst.id])
        expect(await roleByName("analyst")).toBeUndefined()

        await service.syncSystemRoles()

        const recreated = await roleByName("analyst")
        expect(recreated).toBeDefined()
        expect(recreated.id).not.toBe(analyst.id)
        expect(await service.listAftersalesRoles({}, { take: 100 })).toHaveLength(8)
      })
    })

    describe("getActorAccess", () => {
      const assign = async (
        roleName: string,
        actor_id: string,
        actor_type: "user" | "api-key" = "user"
      ) => {
        const role = await roleByName(roleName)
        return service.createAftersalesRoleAssignments({
          role_id: role.id,
          actor_id,
          actor_type,
        })
      }

      beforeEach(async () => {
        await service.syncSystemRoles()
      })

      it("lets every user act as admin (bootstrap) while nobody holds the admin role", async () => {
        const access = await service.getActorAccess({ id: "user_1", type: "user" })
        expect(access).toEqual({
          roles: [],
          permissions: [ALL_PERMISSIONS],
          bootstrap: true,
        })
      })

      it("keeps bootstrap for a user with a non-admin role, adding *:* to its permissions", async () => {
        await assign("analyst", "user_1")
        const access = await service.getActorAccess({ id: "user_1", type: "user" })
        expect(access.bootstrap).toBe(true)
        expect(access.permissions).toContain(ALL_PERMISSIONS)
        expect(access.roles.map((role) => role.name)).toEqual(["analyst"])
      })

      it("never bootstraps an API key", async () => {
        const access = await service.getActorAccess({ id: "apk_1", type: "api-key" })
        expect(access).toEqual({ roles: [], permissions: [], bootstrap: false })
      })

      it("ends bootstrap once somebody holds the admin role", async () => {
        await assign("admin", "user_admin")

        const nobody = await service.getActorAccess({ id: "user_2", type: "user" })
        expect(nobody).toEqual({ roles: [], permissions: [], bootstrap: false })

        const admin = await service.getActorAccess({ id: "user_admin", type: "user" })
        expect(admin.bootstrap).toBe(false)
        expect(admin.permissions).toEqual([ALL_PERMISSIONS])
        expect(admin.roles).toEqual([
          expect.objectContaining({ name: "admin", label: "Administrator" }),
        ])
      })

      it("gives a user with two roles the sorted union of their permissions", async () => {
        await assign("admin", "user_admin")
        await assign("technician", "user_1")
        await assign("purchaser", "user_1")

        const access = await service.getActorAccess({ id: "user_1", type: "user" })
        const technician = SYSTEM_ROLES.find((r) => r.name === "technician")!
        const purchaser = SYSTEM_ROLES.find((r) => r.name === "purchaser")!
        const union = [
          ...new Set([...technician.permissions, ...purchaser.permissions]),
        ].sort()

        expect(access.bootstrap).toBe(false)
        expect(access.permissions).toEqual(union)
        expect(access.roles.map((role) => role.name).sort()).toEqual([
          "purchaser",
          "technician",
        ])
        // spare_parts:read is in both roles and must appear once
        expect(
          access.permissions.filter((p) => p === "spare_parts:read")
        ).toHaveLength(1)
      })

      it("keeps user and API key assignments apart", async () => {
        await assign("admin", "user_admin")
        await assign("analyst", "apk_1", "api-key")

        const key = await service.getActorAccess({ id: "apk_1", type: "api-key" })
        expect(key.roles.map((role) => role.name)).toEqual(["analyst"])
        expect(key.permissions).toContain("analytics:export")
        expect(key.permissions).not.toContain(ALL_PERMISSIONS)

        const sameIdAsUser = await service.getActorAccess({ id: "apk_1", type: "user" })
        expect(sameIdAsUser.permissions).toEqual([])
      })

      it("reflects a removed assignment immediately", async () => {
        await assign("admin", "user_admin")
        const assignment = await assign("supervisor", "user_1")
        expect(
          (await service.getActorAccess({ id: "user_1", type: "user" })).permissions
        ).toContain("warranties:approve")

        await service.softDeleteAftersalesRoleAssignments([assignment.id])

        expect(await service.getActorAccess({ id: "user_1", type: "user" })).toEqual({
          roles: [],
          permissions: [],
          bootstrap: false,
        })
      })

      it("picks up a changed custom role's permissions", async () => {
        await assign("admin", "user_admin")
        const custom = await service.createAftersalesRoles({
          name: "night_shift",
          label: "Night shift",
          permissions: ["service_tickets:read"],
        })
        await service.createAftersalesRoleAssignments({
          role_id: custom.id,
          actor_id: "user_1",
          actor_type: "user",
        })
        await service.updateAftersalesRoles({
          id: custom.id,
          permissions: ["service_tickets:read", "service_tickets:write"],
        })

        const access = await service.getActorAccess({ id: "user_1", type: "user" })
        expect(access.permissions).toEqual(["service_tickets:read", "service_tickets:write"])
      })
    })

    describe("countAdminAssignments", () => {
      beforeEach(async () => {
        await service.syncSystemRoles()
      })

      it("counts only admin-role assignments held by users", async () => {
        const admin = await roleByName("admin")
        const agent = await roleByName("agent")
        expect(await service.countAdminAssignments()).toBe(0)

        await service.createAftersalesRoleAssignments([
          { role_id: agent.id, actor_id: "user_1", actor_type: "user" },
          { role_id: agent.id, actor_id: "user_2", actor_type: "user" },
        ])
        expect(await service.countAdminAssignments()).toBe(0)
        expect(await service.hasAnyAdmin()).toBe(false)

        const [first] = await service.createAftersalesRoleAssignments([
          { role_id: admin.id, actor_id: "user_1", actor_type: "user" },
          { role_id: admin.id, actor_id: "user_2", actor_type: "user" },
          { role_id: admin.id, actor_id: "apk_1", actor_type: "api-key" },
        ])
        // an API key with the admin role does not end bootstrap mode for people
        expect(await service.countAdminAssignments()).toBe(2)
        expect(await service.hasAnyAdmin()).toBe(true)

        await service.softDeleteAftersalesRoleAssignments([first.id])
        expect(await service.countAdminAssignments()).toBe(1)
      })

      it("refuses to give the same role twice to the same actor", async () => {
        const admin = await roleByName("admin")
        await service.createAftersalesRoleAssignments({
          role_id: admin.id,
          actor_id: "user_1",
          actor_type: "user",
        })
        await expect(
          service.createAftersalesRoleAssignments({
            role_id: admin.id,
            actor_id: "user_1",
            actor_type: "user",
          })
        ).rejects.toThrow()
        expect(await service.countAdminAssignments()).toBe(1)
      })
    })
  },
})
