import { AdminUserSummary } from "../../../../lib/types"

export function userDisplayName(user: AdminUserSummary): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ")
  return name ? `${name} (${user.email})` : user.email
}
