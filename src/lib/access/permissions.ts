/**
 * The plugin's permission model: every admin route names one `resource:action` permission.
 * Roles hold lists of permissions; `*:*` stands for all of them.
 */
export const PERMISSION_ACTIONS = [
  "read",
  "write",
  "approve",
  "configure",
  "export",
] as const

export type PermissionAction = (typeof PERMISSION_ACTIONS)[number]

export const PERMISSION_RESOURCES = {
  roles: ["read", "configure"],
  audit_log: ["read", "export"],
  webhooks: ["read", "configure"],
  settings: ["read", "configure"],
  service_tickets: ["read", "write", "approve", "configure", "export"],
  customer_profiles: ["read", "write", "configure", "export"],
  warranties: ["read", "write", "approve", "configure", "export"],
  repair_orders: ["read", "write", "approve", "configure", "export"],
  technicians: ["read", "write", "configure", "export"],
  spare_parts: ["read", "write", "approve", "configure", "export"],
  suppliers: ["read", "write", "configure", "export"],
  purchasing: ["read", "write", "approve", "export"],
  scrap: ["read", "write", "approve", "export"],
  stocktakes: ["read", "write", "approve", "export"],
  complaints: ["read", "write", "approve", "configure", "export"],
  surveys: ["read", "write", "configure", "export"],
  analytics: ["read", "export"],
} as const satisfies Record<string, readonly PermissionAction[]>

export type PermissionResource = keyof typeof PERMISSION_RESOURCES
export type Permission = `${PermissionResource}:${PermissionAction}`

export const ALL_PERMISSIONS = "*:*"

export function listPermissions(): Permission[] {
  return Object.entries(PERMISSION_RESOURCES).flatMap(([resource, actions]) =>
    actions.map((action) => `${resource}:${action}` as Permission)
  )
}

export function isKnownPermission(value: string): value is Permission {
  if (value === ALL_PERMISSIONS) {
    return true
  }
  const [resource, action] = value.split(":")
  const actions = (PERMISSION_RESOURCES as Record<string, readonly string[]>)[
    resource
  ]
  return !!actions && actions.includes(action)
}

/** True when the granted permissions include `required`, directly or through a wildcard. */
export function hasPermission(
  granted: Iterable<string>,
  required: Permission
): boolean {
  const [resource] = required.split(":")
  for (const permission of granted) {
    if (
      permission === required ||
      permission === ALL_PERMISSIONS ||
      permission === `${resource}:*`
    ) {
      return true
    }
  }
  return false
}

const DOMAIN_RESOURCES: PermissionResource[] = [
  "service_tickets",
  "customer_profiles",
  "warranties",
  "repair_orders",
  "technicians",
  "spare_parts",
  "suppliers",
  "purchasing",
  "scrap",
  "stocktakes",
  "complaints",
  "surveys",
  "analytics",
]

function grant(
  resources: PermissionResource[],
  actions: PermissionAction[]
): Permission[] {
  return resources.flatMap((resource) =>
    actions
      .filter((action) =>
        (PERMISSION_RESOURCES[resource] as readonly string[]).includes(action)
      )
      .map((action) => `${resource}:${action}` as Permission)
  )
}

export type SystemRoleDefinition = {
  name: string
  label: string
  description: string
  permissions: string[]
}

/** Roles created on first start. They cannot be edited or deleted; custom roles can. */
export const SYSTEM_ROLES: SystemRoleDefinition[] = [
  {
    name: "admin",
    label: "Administrator",
    description: "Everything, including roles, webhooks and settings.",
    permissions: [ALL_PERMISSIONS],
  },
  {
    name: "supervisor",
    label: "Supervisor",
    description:
      "Runs the service desk: all service records, approvals, analytics and the audit log.",
    permissions: [
      ...grant(
        [
          "service_tickets",
          "customer_profiles",
          "warranties",
          "repair_orders",
          "technicians",
          "complaints",
          "surveys",
        ],
        ["read", "write", "approve", "export"]
      ),
      ...grant(["spare_parts", "analytics", "audit_log", "settings"], ["read"]),
      "analytics:export",
    ],
  },
  {
    name: "agent",
    label: "Service agent",
    description: "Handles tickets and complaints, looks up warranties and repairs.",
    permissions: [
      ...grant(
        ["service_tickets", "customer_profiles", "complaints"],
        ["read", "write"]
      ),
      ...grant(["warranties", "repair_orders", "surveys", "spare_parts"], [
        "read",
      ]),
      "repair_orders:write",
    ],
  },
  {
    name: "technician",
    label: "Technician",
    description: "Works repair orders: diagnosis, parts, labour and results.",
    permissions: [
      ...grant(["repair_orders"], ["read", "write"]),
      ...grant(["warranties", "spare_parts", "technicians", "service_tickets"], [
        "read",
      ]),
    ],
  },
  {
    name: "parts_manager",
    label: "Parts manager",
    description: "Spare-part master data, stock, stocktakes, scrap and alerts.",
    permissions: [
      ...grant(["spare_parts", "stocktakes", "scrap"], [
        "read",
        "write",
        "export",
      ]),
      "spare_parts:configure",
      ...grant(["suppliers", "purchasing"], ["read", "write"]),
      "analytics:read",
    ],
  },
  {
    name: "purchaser",
    label: "Purchaser",
    description: "Suppliers, requisitions, purchase orders and goods receipts.",
    permissions: [
      ...grant(["purchasing", "suppliers"], ["read", "write", "export"]),
      "spare_parts:read",
    ],
  },
  {
    name: "approver",
    label: "Approver",
    description:
      "Approves requisitions, purchase orders, scrap, stocktake adjustments, quotes and compensation.",
    permissions: [
      ...grant(
        [
          "purchasing",
          "scrap",
          "stocktakes",
          "repair_orders",
          "complaints",
          "warranties",
          "service_tickets",
        ],
        ["read", "approve"]
      ),
      ...grant(["spare_parts", "suppliers"], ["read"]),
    ],
  },
  {
    name: "analyst",
    label: "Analyst",
    description: "Read-only access to every after-sales record, analytics and exports.",
    permissions: grant(DOMAIN_RESOURCES, ["read", "export"]),
  },
]

export const SYSTEM_ROLE_NAMES = SYSTEM_ROLES.map((role) => role.name)
