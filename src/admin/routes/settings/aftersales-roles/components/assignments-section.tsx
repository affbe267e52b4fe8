import { Plus, Trash } from "@medusajs/icons"
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
import {
  useDeleteRoleAssignment,
  useRoleAssignments,
} from "../../../../hooks/api/role-assignments"
import { useRoles } from "../../../../hooks/api/roles"
import { useAdminUsers } from "../../../../hooks/api/users"
import { usePagination } from "../../../../hooks/use-pagination"
import { useAftersalesPermissions } from "../../../../hooks/use-permissions"
import { getErrorMessage } from "../../../../lib/errors"
import { formatDateTime } from "../../../../lib/format"
import { PERMISSIONS } from "../../../../lib/permissions"
import { RoleAssignment } from "../../../../lib/types"
import { AssignRoleDrawer } from "./assign-role-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<RoleAssignment>()

export const AssignmentsSection = () => {
  const { t, i18n } = useTranslation()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(PERMISSIONS.ROLES_CONFIGURE)
  const prompt = usePrompt()
  const { pagination, setPagination, limit, offset } = usePagination(PAGE_SIZE)
  const [assignOpen, setAssignOpen] = useState(false)

  const { role_assignments, count, isPending, isError, error, refetch } =
    useRoleAssignments({ limit, offset }, { placeholderData: keepPreviousData })
  const { users } = useAdminUsers()
  // Roles for the "assign" form; the catalogue of roles is small.
  const { roles } = useRoles({ limit: 200 }, { enabled: canConfigure })
  const removeAssignment = useDeleteRoleAssignment()

  const usersById = useMemo(
    () => new Map((users ?? []).map((user) => [user.id, user])),
    [users]
  )

  const onRemove = async (assignment: RoleAssignment) => {
    const confirmed = await prompt({
      title: t("aftersales.assignments.remove.title"),
      description: t("aftersales.assignments.remove.description", {
        role: assignment.role?.label ?? assignment.role?.name,
      }),
      confirmText: t("aftersales.assignments.remove.confirm"),
      cancelText: t("aftersales.common.cancel"),
      variant: "danger",
    })
    if (!confirmed) {
      return
    }
    try {
      await removeAssignment.mutateAsync(assignment.id)
      toast.success(t("aftersales.assignments.toasts.removed"))
    } catch (e) {
      // e.g. 409 when this is the last administrator assignment.
      toast.error(getErrorMessage(e, t("aftersales.common.unknownError")))
    }
  }

  const columns = useMemo(
    () => [
      columnHelper.accessor("actor_id", {
        size: 380,
        header: t("aftersales.assignments.fields.user"),
        cell: ({ row }) => {
          const { actor_type, actor_id } = row.original
          if (actor_type === "api-key") {
            return (
              <div className="flex items-center gap-x-2">
                <Badge size="2xsmall">{t("aftersales.assignments.apiKey")}</Badge>
                <span className="font-mono txt-compact-small">{actor_id}</span>
              </div>
            )
          }
          const user = usersById.get(actor_id)
          return user ? (
            <div className="flex flex-col">
              <span>{user.email}</span>
            </div>
          ) : (
            <span className="font-mono txt-compact-small">{actor_id}</span>
          )
        },
      }),
      columnHelper.accessor("role", {
        size: 260,
        header: t("aftersales.assignments.fields.role"),
        cell: ({ getValue }) => {
          const role = getValue()
          return role ? (
            <Badge size="2xsmall" color="blue">
              {role.label ?? role.name}
            </Badge>
          ) : (
            "-"
          )
        },
      }),
      columnHelper.accessor("created_at", {
        size: 220,
        header: t("aftersales.assignments.fields.assignedAt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
      ...(canConfigure
        ? [
            columnHelper.action({
              actions: (ctx) => [
                {
                  label: t("aftersales.assignments.remove.confirm"),
                  icon: <Trash />,
                  onClick: () => onRemove(ctx.row.original),
                },
              ],
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, canConfigure, usersById]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-assignments-section">
      <DataTable
        testId="aftersales-assignments-table"
        data={role_assignments}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        heading={t("aftersales.assignments.title")}
        subHeading={t("aftersales.assignments.description")}
        actions={
          <PermissionGate permission={PERMISSIONS.ROLES_CONFIGURE}>
            <Button
              size="small"
              variant="secondary"
              onClick={() => setAssignOpen(true)}
              data-testid="aftersales-assign-open"
            >
              <Plus />
              {t("aftersales.assignments.assign")}
            </Button>
          </PermissionGate>
        }
        emptyState={{
          empty: {
            heading: t("aftersales.assignments.empty.title"),
            description: t("aftersales.assignments.empty.description"),
          },
        }}
      />
      <div className="px-6 py-3">
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("aftersales.assignments.lastAdminHint")}
        </Text>
      </div>
      {canConfigure && (
        <AssignRoleDrawer
          open={assignOpen}
          onOpenChange={setAssignOpen}
          users={users ?? []}
          roles={roles ?? []}
        />
      )}
    </Container>
  )
}
