import { hasPermission } from "../lib/permissions"
import { useAftersalesMe } from "./api/me"

/**
 * The current admin user's after-sales permissions (GET /admin/aftersales/me) with a `can()`
 * check. While loading, `can()` answers false so privileged actions never flash in.
 */
export const useAftersalesPermissions = () => {
  const me = useAftersalesMe()

  return {
    ...me,
    can: (permission: string) => hasPermission(me.permissions, permission),
  }
}
