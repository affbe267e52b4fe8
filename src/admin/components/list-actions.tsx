import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, DataTableAction } from "@medusajs/ui"
import { TFunction } from "i18next"

import { PermissionGate } from "./permission-gate"

/** The "Create ..." button in a list header, shown only with the permission. */
export const CreateButton = ({
  permission,
  label,
  onClick,
  testId,
}: {
  permission: string
  label: string
  onClick: () => void
  testId: string
}) => (
  <PermissionGate permission={permission}>
    <Button size="small" variant="secondary" onClick={onClick} data-testid={testId}>
      <Plus />
      {label}
    </Button>
  </PermissionGate>
)

/** Row menu of a DataTable: Edit, then Delete in its own group. */
export const editDeleteRowActions = <TData,>(
  t: TFunction,
  onEdit: () => void,
  onDelete: () => void
): DataTableAction<TData>[][] => [
  [{ label: t("aftersales.common.edit"), icon: <PencilSquare />, onClick: onEdit }],
  [{ label: t("aftersales.common.delete"), icon: <Trash />, onClick: onDelete }],
]
