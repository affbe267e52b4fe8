import { Button, Drawer, Label, Select, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { useCreateRoleAssignment } from "../../../../hooks/api/role-assignments"
import { getErrorMessage } from "../../../../lib/errors"
import { AdminUserSummary, AftersalesRole } from "../../../../lib/types"
import { userDisplayName } from "./user-display"

type AssignRoleDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  users: AdminUserSummary[]
  roles: AftersalesRole[]
}

export const AssignRoleDrawer = ({
  open,
  onOpenChange,
  users,
  roles,
}: AssignRoleDrawerProps) => {
  const { t } = useTranslation()
  const [userId, setUserId] = useState("")
  const [roleId, setRoleId] = useState("")
  const assign = useCreateRoleAssignment()

  useEffect(() => {
    if (open) {
      setUserId("")
      setRoleId("")
    }
  }, [open])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!userId || !roleId) {
      return
    }
    try {
      await assign.mutateAsync({
        actor_id: userId,
        actor_type: "user",
        role_id: roleId,
      })
      toast.success(t("aftersales.assignments.toasts.assigned"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-assign-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.assignments.form.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">
              {t("aftersales.assignments.form.description")}
            </Text>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-assign-user">
                {t("aftersales.assignments.fields.user")}
              </Label>
              <Select value={userId} onValueChange={setUserId}>
                <Select.Trigger id="aftersales-assign-user">
                  <Select.Value
                    placeholder={t("aftersales.assignments.form.selectUser")}
                  />
                </Select.Trigger>
                <Select.Content>
                  {users.map((user) => (
                    <Select.Item key={user.id} value={user.id}>
                      {userDisplayName(user)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-assign-role">
                {t("aftersales.assignments.fields.role")}
              </Label>
              <Select value={roleId} onValueChange={setRoleId}>
                <Select.Trigger id="aftersales-assign-role">
                  <Select.Value
                    placeholder={t("aftersales.assignments.form.selectRole")}
                  />
                </Select.Trigger>
                <Select.Content>
                  {roles.map((role) => (
                    <Select.Item key={role.id} value={role.id}>
                      {role.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
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
              disabled={!userId || !roleId}
              isLoading={assign.isPending}
              data-testid="aftersales-assign-save"
            >
              {t("aftersales.assignments.form.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
