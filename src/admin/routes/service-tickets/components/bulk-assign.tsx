import {
  Button,
  DataTableCommand,
  DataTableRowSelectionState,
  Drawer,
  Label,
  Select,
  Text,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { useBulkAssignServiceTickets } from "../../../hooks/api/service-desk-settings"
import { useAdminUsers } from "../../../hooks/api/users"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { getErrorMessage } from "../../../lib/errors"
import { PERMISSIONS } from "../../../lib/permissions"
import { userDisplayName } from "../../settings/aftersales-roles/components/user-display"

/** The API assigns at most this many tickets per request (all or none). */
const MAX_TICKETS = 100
const UNASSIGN = "__unassign__"

/**
 * Row selection and the "Assign" command of the service desk list. Returns what the list's
 * DataTable needs and the drawer to render; `enabled` is false without the write permission.
 */
export const useBulkAssign = () => {
  const { t } = useTranslation()
  const { can } = useAftersalesPermissions()
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [ids, setIds] = useState<string[] | null>(null)

  const commands = useMemo<DataTableCommand[]>(
    () => [
      {
        label: t("aftersales.bulkAssign.command"),
        shortcut: "a",
        action: (rows) => setIds(Object.keys(rows).filter((id) => rows[id])),
      },
    ],
    [t]
  )

  return {
    enabled: can(PERMISSIONS.SERVICE_TICKETS_WRITE),
    rowSelection: { state: selection, onRowSelectionChange: setSelection },
    commands,
    selectedLabel: (count: number) => t("aftersales.bulkAssign.selected", { count }),
    drawer: (
      <BulkAssignDrawer
        ids={ids}
        onClose={() => setIds(null)}
        onAssigned={() => {
          setIds(null)
          setSelection({})
        }}
      />
    ),
  }
}

const BulkAssignDrawer = ({
  ids,
  onClose,
  onAssigned,
}: {
  ids: string[] | null
  onClose: () => void
  onAssigned: () => void
}) => {
  const { t } = useTranslation()
  const { users } = useAdminUsers()
  const assign = useBulkAssignServiceTickets()
  const [assignee, setAssignee] = useState("")
  const [error, setError] = useState<string | null>(null)
  const count = ids?.length ?? 0

  useEffect(() => {
    if (ids) {
      setAssignee("")
      setError(null)
    }
  }, [ids])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!ids || !assignee) {
      return
    }
    const assigneeId = assignee === UNASSIGN ? null : assignee
    try {
      await assign.mutateAsync({ ids, assignee_id: assigneeId })
      const user = users?.find((candidate) => candidate.id === assigneeId)
      toast.success(
        user
          ? t("aftersales.bulkAssign.assigned", { count, assignee: userDisplayName(user) })
          : t("aftersales.bulkAssign.unassigned", { count })
      )
      onAssigned()
    } catch (err) {
      // nothing was changed: the API assigns all tickets or none
      setError(getErrorMessage(err, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={!!ids} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="aftersales-bulk-assign-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.bulkAssign.title", { count })}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              {t("aftersales.bulkAssign.description")}
            </Text>
            {count > MAX_TICKETS && (
              <Text size="small" className="text-ui-fg-error">
                {t("aftersales.bulkAssign.tooMany", { max: MAX_TICKETS })}
              </Text>
            )}
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.bulkAssign.assignee")}
              </Label>
              <Select size="small" value={assignee} onValueChange={setAssignee}>
                <Select.Trigger data-testid="aftersales-bulk-assign-assignee">
                  <Select.Value placeholder={t("aftersales.bulkAssign.choose")} />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={UNASSIGN}>{t("aftersales.bulkAssign.unassign")}</Select.Item>
                  {(users ?? []).map((user) => (
                    <Select.Item key={user.id} value={user.id}>
                      {userDisplayName(user)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            {error && (
              <Text size="small" className="text-ui-fg-error" data-testid="aftersales-bulk-assign-error">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              disabled={!assignee || count > MAX_TICKETS}
              isLoading={assign.isPending}
              data-testid="aftersales-bulk-assign-submit"
            >
              {t("aftersales.bulkAssign.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
