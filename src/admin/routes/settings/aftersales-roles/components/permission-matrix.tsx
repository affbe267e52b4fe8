import { Checkbox, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { ALL_PERMISSIONS } from "../../../../lib/permissions"
import {
  PermissionAction,
  PermissionCatalogResponse,
} from "../../../../lib/types"

const ACTIONS: PermissionAction[] = [
  "read",
  "write",
  "approve",
  "configure",
  "export",
]

type PermissionMatrixProps = {
  resources: PermissionCatalogResponse["resources"]
  value: string[]
  onChange?: (value: string[]) => void
  readOnly?: boolean
}

/** Resources × actions checkboxes; a cell exists only where the resource supports the action. */
export const PermissionMatrix = ({
  resources,
  value,
  onChange,
  readOnly,
}: PermissionMatrixProps) => {
  const { t } = useTranslation()
  const selected = new Set(value)
  const everything = selected.has(ALL_PERMISSIONS)
  const isChecked = (permission: string) =>
    everything ||
    selected.has(permission) ||
    selected.has(`${permission.split(":")[0]}:*`)

  const allPermissions = resources.flatMap((r) =>
    r.actions.map((action) => `${r.resource}:${action}`)
  )
  const allChecked = allPermissions.every(isChecked)
  const someChecked = allPermissions.some(isChecked)

  const update = (permissions: string[], checked: boolean) => {
    if (!onChange) {
      return
    }
    const next = new Set(
      // Expand wildcards into explicit permissions before editing.
      everything ? allPermissions : value.filter((p) => p !== ALL_PERMISSIONS)
    )
    permissions.forEach((p) => (checked ? next.add(p) : next.delete(p)))
    onChange(allPermissions.filter((p) => next.has(p)))
  }

  return (
    <div className="overflow-x-auto" data-testid="aftersales-permission-matrix">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>
              <div className="flex items-center gap-x-2">
                {!readOnly && (
                  <Checkbox
                    aria-label={t("aftersales.roles.form.selectAll")}
                    checked={
                      allChecked ? true : someChecked ? "indeterminate" : false
                    }
                    onCheckedChange={(checked) =>
                      update(allPermissions, checked === true)
                    }
                  />
                )}
                {t("aftersales.roles.form.resource")}
              </div>
            </Table.HeaderCell>
            {ACTIONS.map((action) => (
              <Table.HeaderCell key={action} className="text-center">
                {t(`aftersales.permissions.actions.${action}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {resources.map(({ resource, actions }) => {
            const rowPermissions = actions.map((a) => `${resource}:${a}`)
            const rowAll = rowPermissions.every(isChecked)
            const rowSome = rowPermissions.some(isChecked)

            return (
              <Table.Row key={resource}>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    {!readOnly && (
                      <Checkbox
                        aria-label={resource}
                        checked={rowAll ? true : rowSome ? "indeterminate" : false}
                        onCheckedChange={(checked) =>
                          update(rowPermissions, checked === true)
                        }
                      />
                    )}
                    <Text size="small" leading="compact">
                      {t(`aftersales.permissions.resources.${resource}`, {
                        defaultValue: resource,
                      })}
                    </Text>
                  </div>
                </Table.Cell>
                {ACTIONS.map((action) => {
                  const permission = `${resource}:${action}`
                  if (!actions.includes(action)) {
                    return (
                      <Table.Cell key={action} className="text-ui-fg-muted text-center">
                        -
                      </Table.Cell>
                    )
                  }
                  return (
                    <Table.Cell key={action} className="text-center">
                      <div className="flex justify-center">
                        <Checkbox
                          name={permission}
                          aria-label={permission}
                          data-permission={permission}
                          checked={isChecked(permission)}
                          disabled={readOnly}
                          onCheckedChange={(checked) =>
                            update([permission], checked === true)
                          }
                        />
                      </div>
                    </Table.Cell>
                  )
                })}
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </div>
  )
}
