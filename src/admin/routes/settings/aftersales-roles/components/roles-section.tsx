import { Eye, PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { DataTable } from "../../../../components/data-table"
import { PermissionGate } from "../../../../components/permission-gate"
import { ErrorState } from "../../../../components/states"
import { useDeleteRole, useRoles } from "../../../../hooks/api/roles"
import { usePagination } from "../../../../hooks/use-pagination"
import { useAftersalesPermissions } from "../../../../hooks/use-permissions"
import { getErrorMessage } from "../../../../lib/errors"
import { ALL_PERMISSIONS, PERMISSIONS } from "../../../../lib/permissions"
import { AftersalesRole } from "../../../../lib/types"
import { RoleFormDrawer } from "./role-form-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<AftersalesRole>()

export const RolesSection = () => {
  const { t } = useTranslation()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(PERMISSIONS.ROLES_CONFIGURE)
  const prompt = usePrompt()
  const { pagination, setPagination, limit, offset } = usePagination(PAGE_SIZE)

  const { roles, count, isPending, isError, error, refetch } = useRoles(
    { limit, offset },
    { placeholderData: keepPreviousData }
  )
  const deleteRole = useDeleteRole()

  const [drawer, setDrawer] = useState<{
    open: boolean
    role?: AftersalesRole
  }>({ open: false })

  const openRole = (role: AftersalesRole) => setDrawer({ open: true, role })

  const onDelete = async (role: AftersalesRole) => {
    const confirmed = await prompt({
      title: t("aftersales.roles.delete.title"),
      description: t("aftersales.roles.delete.description", {
        label: role.label,
      }),
      confirmText: t("aftersales.common.delete"),
      cancelText: t("aftersales.common.cancel"),
      variant: "danger",
    })
    if (!confirmed) {
      return
    }
    try {
      await deleteRole.mutateAsync(role.id)
      toast.success(t("aftersales.roles.toasts.deleted", { label: role.label }))
    } catch (e) {
      toast.error(getErrorMessage(e, t("aftersales.common.unknownError")))
    }
  }

  const columns = useMemo(
    () => [
      columnHelper.accessor("label", {
        size: 260,
        minSize: 200,
        header: t("aftersales.roles.fields.label"),
        cell: ({ row }) => (
          <div className="flex items-center gap-x-2">
            <span>{row.original.label}</span>
            {row.original.is_system && (
              <Badge size="2xsmall" color="purple">
                {t("aftersales.roles.system")}
              </Badge>
            )}
          </div>
        ),
      }),
      columnHelper.accessor("name", {
        size: 200,
        minSize: 140,
        header: t("aftersales.roles.fields.name"),
        cell: ({ getValue }) => (
          <span className="font-mono txt-compact-small">{getValue()}</span>
        ),
      }),
      columnHelper.accessor("description", {
        size: 440,
        header: t("aftersales.roles.fields.description"),
        cell: ({ getValue }) => (
          <span className="block max-w-[420px] truncate" title={getValue() ?? ""}>
            {getValue() || "-"}
          </span>
        ),
      }),
      columnHelper.accessor("permissions", {
        size: 160,
        header: t("aftersales.roles.fields.permissions"),
        cell: ({ getValue }) => {
          const permissions = getValue() ?? []
          return permissions.includes(ALL_PERMISSIONS)
            ? t("aftersales.landing.allPermissions")
            : t("aftersales.roles.permissionCount", {
                count: permissions.length,
              })
        },
      }),
      ...(canConfigure
        ? [
            columnHelper.action({
              actions: (ctx) => {
                const role = ctx.row.original
                if (role.is_system) {
                  // System roles cannot be changed; their permissions can be inspected.
                  return [
                    {
                      label: t("aftersales.roles.viewPermissions"),
                      icon: <Eye />,
                      onClick: () => openRole(role),
                    },
                  ]
                }
                return [
                  [
                    {
                      label: t("aftersales.common.edit"),
                      icon: <PencilSquare />,
                      onClick: () => openRole(role),
                    },
                  ],
                  [
                    {
                      label: t("aftersales.common.delete"),
                      icon: <Trash />,
                      onClick: () => onDelete(role),
                    },
                  ],
                ]
              },
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, canConfigure]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-roles-section">
      <DataTable
        testId="aftersales-roles-table"
        data={roles}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        heading={t("aftersales.roles.title")}
        subHeading={t("aftersales.roles.description")}
        onRowClick={openRole}
        actions={
          <PermissionGate permission={PERMISSIONS.ROLES_CONFIGURE}>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setDrawer({ open: true })}
              data-testid="aftersales-role-create"
            >
              <Plus />
              {t("aftersales.roles.create")}
            </Button>
          </PermissionGate>
        }
        emptyState={{
          empty: {
            heading: t("aftersales.roles.empty.title"),
            description: t("aftersales.roles.empty.description"),
          },
        }}
      />
      {!canConfigure && (
        <div className="px-6 py-3">
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("aftersales.roles.readOnlyHint")}
          </Text>
        </div>
      )}
      <RoleFormDrawer
        open={drawer.open}
        onOpenChange={(open) => setDrawer((prev) => ({ ...prev, open }))}
        role={drawer.role}
        readOnly={!canConfigure || !!drawer.role?.is_system}
      />
    </Container>
  )
}
