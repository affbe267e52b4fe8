import {
  ALL_PERMISSIONS,
  PERMISSION_ACTIONS,
  PERMISSION_RESOURCES,
  SYSTEM_ROLES,
  SYSTEM_ROLE_NAMES,
  hasPermission,
  isKnownPermission,
  listPermissions,
} from "../permissions"

const role = (name: string) => {
  const found = SYSTEM_ROLES.find((candidate) => candidate.name === name)
  if (!found) {
    throw new Error(`no system role ${name}`)
  }
  return found
}

describe("hasPermission", () => {
  it("grants an exact match", () => {
    expect(hasPermission(["warranties:read"], "warranties:read")).toBe(true)
  })

  it("grants everything to *:*", () => {
    expect(hasPermission([ALL_PERMISSIONS], "roles:configure")).toBe(true)
    expect(hasPermission([ALL_PERMISSIONS], "scrap:approve")).toBe(true)
  })

  it("grants every action of a resource to resource:*", () => {
    expect(hasPermission(["scrap:*"], "scrap:approve")).toBe(true)
    expect(hasPermission(["scrap:*"], "scrap:read")).toBe(true)
  })

  it("does not let resource:* leak into other resources", () => {
    expect(hasPermission(["scrap:*"], "stocktakes:approve")).toBe(false)
  })

  it("denies a permission that is missing", () => {
    expect(hasPermission([], "warranties:read")).toBe(false)
    expect(hasPermission(["warranties:read"], "warranties:write")).toBe(false)
    expect(hasPermission(["warranties:write"], "warranties:approve")).toBe(false)
  })

  it("does not treat *:action as a wildcard", () => {
    expect(hasPermission(["*:read"], "warranties:read")).toBe(false)
  })

  it("does not match on prefixes of the resource name", () => {
    expect(hasPermission(["spare:*"], "spare_parts:read")).toBe(false)
  })

  it("accepts any iterable, such as a Set", () => {
    expect(hasPermission(new Set(["analytics:export"]), "analytics:export")).toBe(
      true
    )
  })
})

describe("isKnownPermission", () => {
  it("accepts a known resource:action pair", () => {
    expect(isKnownPermission("warranties:approve")).toBe(true)
    expect(isKnownPermission("roles:configure")).toBe(true)
  })

  it("accepts *:*", () => {
    expect(isKnownPermission(ALL_PERMISSIONS)).toBe(true)
  })

  it("rejects an unknown resource", () => {
    expect(isKnownPermission("invoices:read")).toBe(false)
  })

  it("rejects an action the resource does not have", () => {
    // analytics is read/export only, roles cannot be written, purchasing has no configure
    expect(isKnownPermission("analytics:write")).toBe(false)
    expect(isKnownPermission("roles:write")).toBe(false)
    expect(isKnownPermission("purchasing:configure")).toBe(false)
  })

  it("rejects malformed values", () => {
    expect(isKnownPermission("")).toBe(false)
    expect(isKnownPermission("warranties")).toBe(false)
    expect(isKnownPermission("warranties:")).toBe(false)
    expect(isKnownPermission(":read")).toBe(false)
    expect(isKnownPermission("*:read")).toBe(false)
    expect(isKnownPermission("Warranties:read")).toBe(false)
  })
})

describe("listPermissions", () => {
  const permissions = listPermissions()

  it("lists every action of every resource exactly once", () => {
    const expected = Object.entries(PERMISSION_RESOURCES).flatMap(
      ([resource, actions]) => actions.map((action) => `${resource}:${action}`)
    )
    expect([...permissions].sort()).toEqual([...expected].sort())
    expect(new Set(permissions).size).toBe(permissions.length)
  })

  it("only lists permissions that isKnownPermission accepts", () => {
    for (const permission of permissions) {
      expect(isKnownPermission(permission)).toBe(true)
    }
  })

  it("uses only the declared actions", () => {
    for (const permission of permissions) {
      const [, action] = permission.split(":")
      expect(PERMISSION_ACTIONS).toContain(action)
    }
  })

  it("does not include the *:* wildcard", () => {
    expect(permissions).not.toContain(ALL_PERMISSIONS)
  })
})

describe("SYSTEM_ROLES", () => {
  it("has the eight built-in roles with unique names", () => {
    expect(SYSTEM_ROLE_NAMES).toEqual([
      "admin",
      "supervisor",
      "agent",
      "technician",
      "parts_manager",
      "purchaser",
      "approver",
      "analyst",
    ])
    expect(new Set(SYSTEM_ROLE_NAMES).size).toBe(SYSTEM_ROLES.length)
  })

  it.each(SYSTEM_ROLES.map((r) => [r.name, r] as const))(
    "%s only holds known permissions, none twice, and has a label",
    (_name, definition) => {
      expect(definition.permissions.length).toBeGreaterThan(0)
      const unknown = definition.permissions.filter(
        (permission) => !isKnownPermission(permission)
      )
      expect(unknown).toEqual([])
      expect(new Set(definition.permissions).size).toBe(
        definition.permissions.length
      )
      expect(definition.label.trim()).not.toBe("")
    }
  )

  it("gives admin *:*", () => {
    expect(role("admin").permissions).toEqual([ALL_PERMISSIONS])
  })

  it("gives no role other than admin the *:* wildcard or role configuration", () => {
    for (const definition of SYSTEM_ROLES.filter((r) => r.name !== "admin")) {
      expect(definition.permissions).not.toContain(ALL_PERMISSIONS)
      expect(hasPermission(definition.permissions, "roles:configure")).toBe(false)
      expect(hasPermission(definition.permissions, "webhooks:configure")).toBe(
        false
      )
    }
  })

  it("keeps the analyst read-only: read and export, nothing else", () => {
    const permissions = role("analyst").permissions
    expect(permissions.length).toBeGreaterThan(0)
    for (const permission of permissions) {
      expect(permission).toMatch(/^[a-z_]+:(read|export)$/)
    }
    expect(hasPermission(permissions, "service_tickets:read")).toBe(true)
    expect(hasPermission(permissions, "analytics:export")).toBe(true)
    expect(hasPermission(permissions, "service_tickets:write")).toBe(false)
    expect(hasPermission(permissions, "purchasing:approve")).toBe(false)
  })

  it("lets the approver approve but not write purchasing records", () => {
    const permissions = role("approver").permissions
    expect(hasPermission(permissions, "purchasing:approve")).toBe(true)
    expect(hasPermission(permissions, "purchasing:write")).toBe(false)
  })

  it("does not let the purchaser approve its own purchasing records", () => {
    const permissions = role("purchaser").permissions
    expect(hasPermission(permissions, "purchasing:write")).toBe(true)
    expect(hasPermission(permissions, "purchasing:approve")).toBe(false)
  })
})
