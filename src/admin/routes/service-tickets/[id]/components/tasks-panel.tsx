import { Badge, Button, Container, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../../components/permission-gate"
import { EmptyState, ErrorState, SectionHeader } from "../../../../components/states"
import {
  RevisitOutcome,
  TicketTask,
  useCreateTicketTask,
  useFinishTicketTask,
  useTicketTasks,
} from "../../../../hooks/api/ticket-tasks"
import { getErrorMessage } from "../../../../lib/errors"
import { formatDateTime } from "../../../../lib/format"
import { PERMISSIONS } from "../../../../lib/permissions"

export const REVISIT_OUTCOMES: RevisitOutcome[] = ["satisfied", "not_reached", "reopened"]

const STATUS_COLORS = { open: "orange", done: "green", canceled: "grey" } as const

/** Open, due-date-aware label of a task: its title (revisits by kind), status and due time. */
export const TaskSummary = ({ task, userNames }: { task: TicketTask; userNames: Map<string, string> }) => {
  const { t, i18n } = useTranslation()
  const overdue = task.status === "open" && !!task.due_at && new Date(task.due_at).getTime() < Date.now()

  return (
    <div className="flex min-w-0 flex-col gap-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <Text size="small" weight="plus">
          {task.kind === "revisit" ? t("aftersales.followUps.revisitTitle") : task.title}
        </Text>
        <Badge size="2xsmall" color={task.kind === "revisit" ? "purple" : "blue"}>
          {t(`aftersales.followUps.kinds.${task.kind}`)}
        </Badge>
        <Badge size="2xsmall" color={overdue ? "red" : STATUS_COLORS[task.status]}>
          {overdue ? t("aftersales.followUps.overdue") : t(`aftersales.followUps.statuses.${task.status}`)}
        </Badge>
        {task.outcome && (
          <Badge size="2xsmall" color="grey" data-testid="aftersales-task-outcome">
            {t(`aftersales.followUps.outcomes.${task.outcome}`)}
          </Badge>
        )}
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        {t("aftersales.followUps.due", { date: formatDateTime(task.due_at, i18n.language) })}
        {" · "}
        {task.assignee_id
          ? userNames.get(task.assignee_id) ?? task.assignee_id
          : t("aftersales.serviceDesk.unassigned")}
      </Text>
      {task.notes && (
        <Text size="xsmall" className="text-ui-fg-subtle whitespace-pre-wrap">
          {task.notes}
        </Text>
      )}
    </div>
  )
}

/** Complete / cancel buttons; a revisit is completed by choosing its outcome. */
export const TaskActions = ({ task }: { task: TicketTask }) => {
  const { t } = useTranslation()
  const finish = useFinishTicketTask()

  if (task.status !== "open") {
    return null
  }
  const run = async (action: "complete" | "cancel", outcome?: RevisitOutcome) => {
    try {
      await finish.mutateAsync({ id: task.id, action, outcome })
      toast.success(
        action === "cancel"
          ? t("aftersales.followUps.toasts.canceled")
          : outcome === "reopened"
            ? t("aftersales.followUps.toasts.reopened")
            : t("aftersales.followUps.toasts.completed")
      )
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <PermissionGate permission={PERMISSIONS.SERVICE_TICKETS_WRITE}>
      <div className="flex flex-wrap items-center gap-2">
        {task.kind === "revisit" ? (
          <Select
            size="small"
            value=""
            onValueChange={(value) => run("complete", value as RevisitOutcome)}
            disabled={finish.isPending}
          >
            <Select.Trigger className="w-[180px]" data-testid="aftersales-task-outcome-select">
              <Select.Value placeholder={t("aftersales.followUps.recordOutcome")} />
            </Select.Trigger>
            <Select.Content>
              {REVISIT_OUTCOMES.map((outcome) => (
                <Select.Item key={outcome} value={outcome}>
                  {t(`aftersales.followUps.outcomes.${outcome}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        ) : (
          <Button
            size="small"
            variant="secondary"
            disabled={finish.isPending}
            onClick={() => run("complete")}
            data-testid="aftersales-task-complete"
          >
            {t("aftersales.followUps.complete")}
          </Button>
        )}
        <Button
          size="small"
          variant="transparent"
          disabled={finish.isPending}
          onClick={() => run("cancel")}
        >
          {t("aftersales.followUps.cancel")}
        </Button>
      </div>
    </PermissionGate>
  )
}

/** Turns an <input type="datetime-local"> value into an ISO time (the browser's time zone). */
const localToIso = (value: string) => (value ? new Date(value).toISOString() : null)

const AddFollowUp = ({ ticketId }: { ticketId: string }) => {
  const { t } = useTranslation()
  const create = useCreateTicketTask(ticketId)
  const [title, setTitle] = useState("")
  const [dueAt, setDueAt] = useState("")

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await create.mutateAsync({ title: title.trim(), due_at: localToIso(dueAt) })
      toast.success(t("aftersales.followUps.toasts.created"))
      setTitle("")
      setDueAt("")
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-y-2 px-6 py-4" data-testid="aftersales-follow-up-form">
      <Label size="small" weight="plus" htmlFor="aftersales-follow-up-title">
        {t("aftersales.followUps.add")}
      </Label>
      <Input
        id="aftersales-follow-up-title"
        name="title"
        size="small"
        maxLength={255}
        placeholder={t("aftersales.followUps.titlePlaceholder")}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="flex items-end gap-x-2">
        <div className="flex flex-1 flex-col gap-y-1">
          <Label size="xsmall" htmlFor="aftersales-follow-up-due" className="text-ui-fg-subtle">
            {t("aftersales.followUps.dueAt")}
          </Label>
          <Input
            id="aftersales-follow-up-due"
            name="due_at"
            type="datetime-local"
            size="small"
            value={dueAt}
            onChange={(e) => setDueAt(e.target.value)}
          />
        </div>
        <Button
          size="small"
          type="submit"
          disabled={!title.trim() || !dueAt}
          isLoading={create.isPending}
          data-testid="aftersales-follow-up-save"
        >
          {t("aftersales.followUps.addButton")}
        </Button>
      </div>
    </form>
  )
}

/** The ticket's follow-ups and revisits: add a follow-up, complete tasks, record revisit outcomes. */
export const TasksPanel = ({
  ticketId,
  userNames,
}: {
  ticketId: string
  userNames: Map<string, string>
}) => {
  const { t } = useTranslation()
  const { ticket_tasks, isPending, isError, error, refetch } = useTicketTasks(ticketId)
  const tasks = [...(ticket_tasks ?? [])].sort(
    (a, b) => Number(b.status === "open") - Number(a.status === "open")
  )

  return (
    <Container className="divide-y p-0" data-testid="aftersales-ticket-tasks">
      <SectionHeader title={t("aftersales.followUps.title")} />
      {isPending ? null : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !tasks.length ? (
        <EmptyState inline title={t("aftersales.followUps.empty")} />
      ) : (
        <ul className="divide-y">
          {tasks.map((task) => (
            <li
              key={task.id}
              className="flex flex-col gap-y-2 px-6 py-3"
              data-testid="aftersales-ticket-task"
              data-kind={task.kind}
              data-status={task.status}
            >
              <TaskSummary task={task} userNames={userNames} />
              <TaskActions task={task} />
            </li>
          ))}
        </ul>
      )}
      <PermissionGate permission={PERMISSIONS.SERVICE_TICKETS_WRITE}>
        <AddFollowUp ticketId={ticketId} />
      </PermissionGate>
    </Container>
  )
}
