import { Button, Container, Select, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { RequirePermission } from "../../../components/permission-gate"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "../../../components/states"
import { TicketTasksQuery, useAllTicketTasks } from "../../../hooks/api/ticket-tasks"
import { useAdminUsers } from "../../../hooks/api/users"
import { PERMISSIONS } from "../../../lib/permissions"
import { userDisplayName } from "../../settings/aftersales-roles/components/user-display"
import { TaskActions, TaskSummary } from "../[id]/components/tasks-panel"

const PAGE_SIZE = 50
type Scope = "mine" | "all"
type Due = "overdue" | "today" | "week" | "any"

/** The end of the chosen window as an ISO time (undefined: any due date). */
function dueBefore(due: Due): string | undefined {
  const now = new Date()
  if (due === "overdue") {
    return now.toISOString()
  }
  if (due === "today" || due === "week") {
    const end = new Date(now)
    end.setHours(23, 59, 59, 999)
    if (due === "week") {
      end.setDate(end.getDate() + 6)
    }
    return end.toISOString()
  }
  return undefined
}

const TasksDueList = () => {
  const { t } = useTranslation()
  const [scope, setScope] = useState<Scope>("mine")
  const [due, setDue] = useState<Due>("week")
  const [limit, setLimit] = useState(PAGE_SIZE)
  const { users } = useAdminUsers()
  const userNames = useMemo(
    () => new Map((users ?? []).map((user) => [user.id, userDisplayName(user)])),
    [users]
  )

  // fixed when the window is chosen, so the query key does not change on every render
  const bound = useMemo(() => dueBefore(due), [due])
  const query: TicketTasksQuery = {
    status: "open",
    limit,
    ...(scope === "mine" && { assignee_id: "me" }),
    ...(bound && { due_before: bound }),
  }
  const { ticket_tasks, count, isPending, isError, error, refetch } = useAllTicketTasks(query, {
    placeholderData: keepPreviousData,
  })

  return (
    <Container className="divide-y p-0" data-testid="aftersales-tasks-due">
      <SectionHeader
        level="h1"
        title={t("aftersales.followUps.dueTitle")}
        description={t("aftersales.followUps.dueDescription")}
      />
      <div className="flex flex-wrap gap-3 px-6 py-3">
        <Select size="small" value={scope} onValueChange={(value) => setScope(value as Scope)}>
          <Select.Trigger className="w-[180px]" data-testid="aftersales-tasks-scope">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="mine">{t("aftersales.followUps.scopes.mine")}</Select.Item>
            <Select.Item value="all">{t("aftersales.followUps.scopes.all")}</Select.Item>
          </Select.Content>
        </Select>
        <Select size="small" value={due} onValueChange={(value) => setDue(value as Due)}>
          <Select.Trigger className="w-[180px]" data-testid="aftersales-tasks-due-window">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(["overdue", "today", "week", "any"] as Due[]).map((item) => (
              <Select.Item key={item} value={item}>
                {t(`aftersales.followUps.windows.${item}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {isPending ? (
        <LoadingState rows={4} />
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !ticket_tasks?.length ? (
        <EmptyState inline title={t("aftersales.followUps.noneDue")} />
      ) : (
        <ul className="divide-y">
          {ticket_tasks.map((task) => (
            <li
              key={task.id}
              className="flex flex-wrap items-start justify-between gap-3 px-6 py-3"
              data-testid="aftersales-due-task"
            >
              <div className="flex min-w-0 flex-col gap-y-1">
                {task.ticket && (
                  <Link
                    to={`/service-tickets/${task.ticket_id}`}
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
                  >
                    {task.ticket.number} · {task.ticket.subject}
                  </Link>
                )}
                <TaskSummary task={task} userNames={userNames} />
              </div>
              <TaskActions task={task} />
            </li>
          ))}
        </ul>
      )}
      {(count ?? 0) > limit && (
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small" className="text-ui-fg-muted">
            {t("aftersales.followUps.showing", { shown: limit, count })}
          </Text>
          <Button size="small" variant="secondary" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t("aftersales.followUps.showMore")}
          </Button>
        </div>
      )}
    </Container>
  )
}

const TasksDuePage = () => (
  <RequirePermission permission={PERMISSIONS.SERVICE_TICKETS_READ}>
    <TasksDueList />
  </RequirePermission>
)

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.followUps.dueTitle" />,
}

export default TasksDuePage
