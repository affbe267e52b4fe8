import {
  Context,
  InferTypeOf,
  Logger,
} from "@medusajs/framework/types"
import {
  InjectManager,
  MedusaContext,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ALL_PERMISSIONS, SYSTEM_ROLES } from "../../lib/access/permissions"
import { toPostgresTextArray } from "../../lib/postgres-array"
import Role from "./models/role"
import RoleAssignment from "./models/role-assignment"

export type AftersalesRole = InferTypeOf<typeof Role>

export type ActorAccess = {
  roles: { id: string; name: string; label: string }[]
  permissions: string[]
  /** True while no user holds the `admin` role: every admin user then acts as one. */
  bootstrap: boolean
}

type InjectedDependencies = { logger: Logger }

class AftersalesAccessModuleService extends MedusaService({
  AftersalesRole: Role,
  AftersalesRoleAssignment: RoleAssignment,
}) {
  protected readonly logger_: Logger

  constructor(container: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.logger_ = container.logger
  }

  __hooks = {
    onApplicationStart: async () => {
      try {
        await this.syncSystemRoles()
      } catch (error) {
        this.logger_.error(
          `aftersales: could not synchronise the system roles: ${error.message}`
        )
      }
    },
  }

  /**
   * Creates the built-in roles and brings their permissions up to date with this
   * version of the plugin. Safe when several instances start at once.
   */
  @InjectManager()
  async syncSystemRoles(@MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as EntityManager
    for (const role of SYSTEM_ROLES) {
      await manager.execute(
        `insert into aftersales_role (id, name, label, description, permissions, is_system, created_at, updated_at)
         values (?, ?, ?, ?, ?::text[], true, now(), now())
         on conflict (name) where deleted_at is null do update
           set label = excluded.label,
               description = excluded.description,
               permissions = excluded.permissions,
               is_system = true,
               updated_at = now()
           where aftersales_role.permissions is distinct from excluded.permissions
              or aftersales_role.label is distinct from excluded.label
              or aftersales_role.description is distinct from excluded.description`,
        [
          generateEntityId(undefined, "asrole"),
          role.name,
          role.label,
          role.description,
          toPostgresTextArray(role.permissions),
        ]
      )
    }
  }

  @InjectManager()
  async hasAnyAdmin(@MedusaContext() sharedContext: Context = {}) {
    const count = await this.countAdminAssignments(sharedContext)
    return count > 0
  }

  @InjectManager()
  async countAdminAssignments(@MedusaContext() sharedContext: Context = {}) {
    const [, count] = await this.listAndCountAftersalesRoleAssignments(
      { role: { name: "admin" }, actor_type: "user" },
      { take: 1 },
      sharedContext
    )
    return count
  }

  @InjectManager()
  async getActorAccess(
    actor: { id: string; type: "user" | "api-key" },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ActorAccess> {
    const assignments = await this.listAftersalesRoleAssignments(
      { actor_id: actor.id, actor_type: actor.type },
      { relations: ["role"] },
      sharedContext
    )
    const roles = assignments.map(({ role }) => ({
      id: role.id,
      name: role.name,
      label: role.label,
    }))
    const permissions = new Set(
      assignments.flatMap(({ role }) => role.permissions)
    )
    const bootstrap =
      actor.type === "user" && !(await this.hasAnyAdmin(sharedContext))
    if (bootstrap) {
      permissions.add(ALL_PERMISSIONS)
    }
    return { roles, permissions: [...permissions].sort(), bootstrap }
  }
}

export default AftersalesAccessModuleService
