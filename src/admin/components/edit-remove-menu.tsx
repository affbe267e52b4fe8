import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "./permission-gate"

/** The "..." menu at the end of a table row with Edit and Remove, shown only with the permission. */
export const EditRemoveMenu = ({
  permission,
  onEdit,
  onRemove,
  removeLabel,
}: {
  permission: string
  onEdit: () => void
  onRemove: () => void
  /** Defaults to the common "Delete". */
  removeLabel?: string
}) => {
  const { t } = useTranslation()
  return (
    <PermissionGate permission={permission}>
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <IconButton size="small" variant="transparent">
            <EllipsisHorizontal />
          </IconButton>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content>
          <DropdownMenu.Item onClick={onEdit}>
            <PencilSquare className="text-ui-fg-subtle mr-2" />
            {t("aftersales.common.edit")}
          </DropdownMenu.Item>
          <DropdownMenu.Item onClick={onRemove}>
            <Trash className="text-ui-fg-subtle mr-2" />
            {removeLabel ?? t("aftersales.common.delete")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu>
    </PermissionGate>
  )
}
