import {
  Badge,
  Button,
  Drawer,
  Input,
  Label,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { ErrorState, LoadingState } from "../../../../components/states"
import { usePermissionCatalog } from "../../../../hooks/api/permissions"
import { useCreateRole, useUpdateRole } from "../../../../hooks/api/roles"
import { getErrorMessage } from "../../../../lib/errors"
import { AftersalesRole } from "../../../../lib/types"
import { PermissionMatrix } from "./permission-matrix"

// Same rule as the server: 2-50 lower-case letters, digits or underscores, starting with a letter.
const NAME_PATTERN = /^[a-z][a-z0-9_]{1,49}$/

type RoleFormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The role to edit or view; omitted to create a new one. */
  role?: AftersalesRole
  /** View only (system roles, or users without roles:configure). */
  readOnly?: boolean
}

export const RoleFormDrawer = ({
  open,
  onOpenChange,
  role,
  readOnly,
}: RoleFormDrawerProps) => {
  const { t } = useTranslation()
  const catalog = usePermissionCatalog({ enabled: open })

  const [name, setName] = useState("")
  const [label, setLabel] = useState("")
  const [description, setDescription] = useState("")
  const [permissions, setPermissions] = useState<string[]>([])
  const [nameError, setNameError] = useState<string | null>(null)

  useEffect(() => {
    if (open) {
      setName(role?.name ?? "")
      setLabel(role?.label ?? "")
      setDescription(role?.description ?? "")
      setPermissions(role?.permissions ?? [])
      setNameError(null)
    }
  }, [open, role])

  const createRole = useCreateRole()
  const updateRole = useUpdateRole(role?.id ?? "")
  const isSaving = createRole.isPending || updateRole.isPending

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (readOnly) {
      return
    }
    if (!role && !NAME_PATTERN.test(name)) {
      setNameError(t("aftersales.roles.form.nameInvalid"))
      return
    }
    if (!permissions.length) {
      toast.error(t("aftersales.roles.form.permissionsRequired"))
      return
    }

    try {
      if (role) {
        await updateRole.mutateAsync({
          label,
          description,
          permissions,
        })
        toast.success(t("aftersales.roles.toasts.updated", { label }))
      } else {
        await createRole.mutateAsync({
          name,
          label,
          description: description || undefined,
          permissions,
        })
        toast.success(t("aftersales.roles.toasts.created", { label }))
      }
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const title = readOnly
    ? t("aftersales.roles.form.viewTitle")
    : role
      ? t("aftersales.roles.form.editTitle")
      : t("aftersales.roles.form.createTitle")

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content
        className="max-w-[720px]"
        data-testid="aftersales-role-drawer"
        aria-describedby={undefined}
      >
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title className="flex items-center gap-x-2">
              {title}
              {role?.is_system && (
                <Badge size="2xsmall" color="purple">
                  {t("aftersales.roles.system")}
                </Badge>
              )}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <div className="flex flex-col gap-y-2">
                <Label size="small" htmlFor="aftersales-role-name" weight="plus">
                  {t("aftersales.roles.fields.name")}
                </Label>
                <Input
                  id="aftersales-role-name"
                  name="name"
                  size="small"
                  value={name}
                  disabled={!!role}
                  required
                  autoComplete="off"
                  placeholder="warranty_clerk"
                  aria-invalid={!!nameError}
                  onChange={(e) => {
                    setName(e.target.value)
                    setNameError(null)
                  }}
                />
                <Text size="xsmall" className={nameError ? "text-ui-fg-error" : "text-ui-fg-muted"}>
                  {nameError ?? t("aftersales.roles.form.nameHint")}
                </Text>
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" htmlFor="aftersales-role-label" weight="plus">
                  {t("aftersales.roles.fields.label")}
                </Label>
                <Input
                  id="aftersales-role-label"
                  name="label"
                  size="small"
                  value={label}
                  disabled={readOnly}
                  required
                  autoComplete="off"
                  onChange={(e) => setLabel(e.target.value)}
                />
              </div>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" htmlFor="aftersales-role-description" weight="plus">
                {t("aftersales.roles.fields.description")}{" "}
                <span className="text-ui-fg-muted font-normal">
                  ({t("aftersales.common.optional")})
                </span>
              </Label>
              <Textarea
                id="aftersales-role-description"
                name="description"
                value={description}
                disabled={readOnly}
                rows={2}
                onChange={(e) => setDescription(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.roles.fields.permissions")}
              </Label>
              {catalog.isPending ? (
                <LoadingState rows={5} />
              ) : catalog.isError ? (
                <ErrorState
                  error={catalog.error}
                  onRetry={() => catalog.refetch()}
                />
              ) : (
                <PermissionMatrix
                  resources={catalog.resources ?? []}
                  value={permissions}
                  onChange={setPermissions}
                  readOnly={readOnly}
                />
              )}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {readOnly
                  ? t("aftersales.common.close")
                  : t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            {!readOnly && (
              <Button
                size="small"
                type="submit"
                isLoading={isSaving}
                data-testid="aftersales-role-save"
              >
                {t("aftersales.common.save")}
              </Button>
            )}
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
