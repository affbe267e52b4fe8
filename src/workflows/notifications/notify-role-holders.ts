import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { AFTERSALES_ACCESS_MODULE } from "../../modules/aftersales-access"
import AftersalesAccessModuleService from "../../modules/aftersales-access/service"

/** The admin user a notification is addressed to. */
export type RoleHolder = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
}

export type NotifyRoleHoldersInput<Item> = {
  /** Name of the after-sales role whose admin-user holders are notified. */
  role: string
  /** One notification per item and role holder with an e-mail address. */
  items: Item[]
  /** Builds the Notification module payload (without `to`) for one item and holder. */
  buildNotification: (item: Item, holder: RoleHolder) => Record<string, unknown>
  /** Logged (with the error message) when sending fails. */
  failureMessage: string
}

/**
 * Sends a notification about each item to every admin user holding an after-sales role, through
 * the host Notification module. Never throws: a failure to send is logged and counts as zero
 * sent, so the calling workflow is not failed by a notification. Returns the number sent.
 */
export async function notifyRoleHolders<Item>(
  container: MedusaContainer,
  { role, items, buildNotification, failureMessage }: NotifyRoleHoldersInput<Item>
): Promise<number> {
  if (!items.length) {
    return 0
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const notificationService = container.resolve(Modules.NOTIFICATION, {
      allowUnregistered: true,
    }) as any
    if (!notificationService) {
      return 0
    }
    const access: AftersalesAccessModuleService = container.resolve(AFTERSALES_ACCESS_MODULE)
    const assignments = await access.listAftersalesRoleAssignments(
      { role: { name: role }, actor_type: "user" },
      { select: ["actor_id"] }
    )
    const userIds = [...new Set(assignments.map((assignment) => assignment.actor_id))]
    if (!userIds.length) {
      return 0
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: users } = await query.graph({
      entity: "user",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: userIds },
    })
    const holders = (users as RoleHolder[]).filter((user) => user.email)
    const notifications = items.flatMap((item) =>
      holders.map((holder) => ({ to: holder.email, ...buildNotification(item, holder) }))
    )
    if (notifications.length) {
      await notificationService.createNotifications(notifications)
    }
    return notifications.length
  } catch (error) {
    logger.warn(`${failureMessage}: ${error.message}`)
    return 0
  }
}
