import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"
import { serviceTicketQueryKeys } from "./service-tickets"

export type TicketTaskKind = "follow_up" | "revisit"
export type TicketTaskStatus = "open" | "done" | "canceled"
export type RevisitOutcome = "satisfied" | "not_reached" | "reopened"

export type TicketTask = {
  id: string
  ticket_id: string
  kind: TicketTaskKind
  title: string
  notes: string | null
  due_at: string | null
  assignee_id: string | null
  status: TicketTaskStatus
  outcome: RevisitOutcome | null
  completed_at: string | null
  completed_by: string | null
  created_by: string | null
  created_at: string
  ticket?: {
    id: string
    number: string
    subject: string
    stage: string
    stage_category: string
    priority: string
  } | null
}

export type TicketTasksQuery = {
  status?: TicketTaskStatus
  kind?: TicketTaskKind
  assignee_id?: string
  due_before?: string
  limit?: number
  offset?: number
}

type TicketTasksResponse = { ticket_tasks: TicketTask[]; count: number; offset: number; limit: number }
type TicketTaskResponse = { ticket_task: TicketTask }

export const ticketTaskQueryKeys = queryKeysFactory("service-ticket-tasks")

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">

/** One ticket's tasks, oldest first. */
export const useTicketTasks = (ticketId: string, options?: QueryOptions<TicketTasksResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: ticketTaskQueryKeys.list({ ticket_id: ticketId }),
    queryFn: () =>
      sdk.client.fetch<TicketTasksResponse>(`/admin/service-tickets/${ticketId}/tasks`, {
        query: { limit: 100 },
      }),
    ...options,
  })
  return { ...data, ...rest }
}

/** Tasks across tickets, soonest due first (`assignee_id: "me"` for the caller's own). */
export const useAllTicketTasks = (
  query: TicketTasksQuery,
  options?: QueryOptions<TicketTasksResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: ticketTaskQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<TicketTasksResponse>("/admin/service-ticket-tasks", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

/** Task changes also change the ticket (timeline, reopen): both caches are refreshed. */
const useInvalidateTasks = () => {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: ticketTaskQueryKeys.all })
    queryClient.invalidateQueries({ queryKey: serviceTicketQueryKeys.all })
  }
}

export type CreateTicketTaskPayload = {
  title: string
  notes?: string | null
  due_at?: string | null
  assignee_id?: string | null
}

export const useCreateTicketTask = (
  ticketId: string,
  options?: UseMutationOptions<TicketTaskResponse, FetchError, CreateTicketTaskPayload>
) => {
  const invalidate = useInvalidateTasks()
  return useMutation({
    mutationFn: (body: CreateTicketTaskPayload) =>
      sdk.client.fetch<TicketTaskResponse>(`/admin/service-tickets/${ticketId}/tasks`, {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export type FinishTicketTaskPayload = {
  id: string
  action: "complete" | "cancel"
  outcome?: RevisitOutcome
  notes?: string
}

/** Completes (with a revisit's outcome) or cancels a task. */
export const useFinishTicketTask = (
  options?: UseMutationOptions<TicketTaskResponse, FetchError, FinishTicketTaskPayload>
) => {
  const invalidate = useInvalidateTasks()
  return useMutation({
    mutationFn: ({ id, action, ...body }: FinishTicketTaskPayload) =>
      sdk.client.fetch<TicketTaskResponse>(`/admin/service-ticket-tasks/${id}/${action}`, {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}
