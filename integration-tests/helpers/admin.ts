import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { AFTERSALES_ACCESS_MODULE } from "../../src/modules/aftersales-access"
import AftersalesAccessModuleService from "../../src/modules/aftersales-access/service"
import { assignRoleWorkflow } from "../../src/workflows/access/workflows/assign-role"
import { SYSTEM_AUDIT_CONTEXT } from "../../src/workflows/audit/types"

export const PASSWORD = "supersecret"

export type AuthHeaders = { headers: { authorization: string } }

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
}

/** A Medusa admin user with an emailpass login and, optionally, after-sales roles. */
export async function createStaffUser(
  container: MedusaContainer,
  api: Api,
  email: string,
  roleNames: string[] = []
): Promise<AuthHeaders & { id: string }> {
  const authService = container.resolve(Modules.AUTH)
  const { authIdentity } = await authService.register("emailpass", {
    body: { email, password: PASSWORD },
  } as any)
  const { result: user } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email } },
  })
  if (roleNames.length) {
    const accessService: AftersalesAccessModuleService = container.resolve(
      AFTERSALES_ACCESS_MODULE
    )
    const roles = await accessService.listAftersalesRoles({ name: roleNames })
    for (const role of roles) {
      await assignRoleWorkflow(container).run({
        input: {
          role_id: role.id,
          actor_id: user.id,
          actor_type: "user",
          audit: SYSTEM_AUDIT_CONTEXT,
        },
      })
    }
  }
  const { data } = await api.post("/auth/user/emailpass", {
    email,
    password: PASSWORD,
  })
  return { id: user.id, headers: { authorization: `Bearer ${data.token}` } }
}

export async function syncSystemRoles(container: MedusaContainer) {
  const accessService: AftersalesAccessModuleService = container.resolve(
    AFTERSALES_ACCESS_MODULE
  )
  await accessService.syncSystemRoles()
}

/** Resolves to what the promise rejected with (an axios error), or fails the test. */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error("Expected the request to fail, but it succeeded")
}

export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  { timeoutMs = 15_000, intervalMs = 200 } = {}
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error(`Condition not met within ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
