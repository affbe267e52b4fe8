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
import { PaginatedResponse, TicketPriority } from "../../lib/types"

export const slaPolicyQueryKeys = queryKeysFactory("sla-policies")
export const businessCalendarQueryKeys = queryKeysFactory("business-calendars")

type QueryOptions<T> = Omit<
  UseQueryOptions<T, FetchError, T, QueryKey>,
  "queryKey" | "queryFn"
>

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Weekday = (typeof WEEKDAYS)[number]
export type WorkingInterval = { start: string; end: string }

export type BusinessCalendarDetail = {
  id: string
  name: string
  timezone: string
  working_hours: Partial<Record<Weekday, WorkingInterval[]>>
  holidays: string[]
  is_default: boolean
  updated_at?: string
}
export type SaveBusinessCalendarPayload = Omit<BusinessCalendarDetail, "id" | "updated_at">

export type SlaPolicyDetail = {
  id: string
  name: string
  description: string | null
  priority: TicketPriority | null
  customer_tier: string | null
  first_response_minutes: number | null
  next_response_minutes: number | null
  resolution_minutes: number | null
  warning_percent: number
  calendar_id: string
  rank: number
  is_active: boolean
  escalate_on_breach: boolean
  updated_at?: string
}
export type SaveSlaPolicyPayload = Omit<SlaPolicyDetail, "id" | "updated_at">

/** The SLA fields of a service ticket (`GET /admin/service-tickets[/:id]`). */
export type SlaStatus = "ok" | "warning" | "breached" | "paused"
export type TicketSlaFields = {
  sla_policy_id?: string | null
  sla_status?: SlaStatus | null
  sla_due_at?: string | null
  first_response_due_at?: string | null
  next_response_due_at?: string | null
  resolution_due_at?: string | null
  sla_paused_since?: string | null
  awaiting_response_since?: string | null
  escalated_at?: string | null
  first_responded_at?: string | null
  resolved_at?: string | null
  closed_at?: string | null
}

type SlaPolicyListResponse = PaginatedResponse & { sla_policies: SlaPolicyDetail[] }
type SlaPolicyResponse = { sla_policy: SlaPolicyDetail }
type CalendarListResponse = PaginatedResponse & { business_calendars: BusinessCalendarDetail[] }
type CalendarResponse = { business_calendar: BusinessCalendarDetail }
type Deleted = { id: string; object: string; deleted: boolean }

export const useSlaPolicies = (
  query: { limit?: number; offset?: number } = {},
  options?: QueryOptions<SlaPolicyListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: slaPolicyQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<SlaPolicyListResponse>("/admin/sla-policies", {
        query: { order: "rank", ...query },
      }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useSlaPolicy = (id: string | null | undefined, options?: QueryOptions<SlaPolicyResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: slaPolicyQueryKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<SlaPolicyResponse>(`/admin/sla-policies/${id}`),
    enabled: !!id,
    staleTime: 60_000,
    ...options,
  })
  return { ...data, ...rest }
}

export const useBusinessCalendars = (options?: QueryOptions<CalendarListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: businessCalendarQueryKeys.list(),
    queryFn: () =>
      sdk.client.fetch<CalendarListResponse>("/admin/business-calendars", {
        query: { limit: 100, order: "name" },
      }),
    ...options,
  })
  return { ...data, ...rest }
}

function useSave<Payload, Response>(path: string, keys: { all: QueryKey }) {
  const queryClient = useQueryClient()
  return useMutation<Response, FetchError, Payload & { id?: string }>({
    mutationFn: ({ id, ...body }) =>
      sdk.client.fetch<Response>(id ? `${path}/${id}` : path, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  })
}

function useDelete(path: string, keys: { all: QueryKey }) {
  const queryClient = useQueryClient()
  return useMutation<Deleted, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch<Deleted>(`${path}/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  })
}

export const useSaveSlaPolicy = () =>
  useSave<Partial<SaveSlaPolicyPayload>, SlaPolicyResponse>("/admin/sla-policies", slaPolicyQueryKeys)
export const useDeleteSlaPolicy = () => useDelete("/admin/sla-policies", slaPolicyQueryKeys)
export const useSaveBusinessCalendar = () =>
  useSave<Partial<SaveBusinessCalendarPayload>, CalendarResponse>(
    "/admin/business-calendars",
    businessCalendarQueryKeys
  )
export const useDeleteBusinessCalendar = () =>
  useDelete("/admin/business-calendars", businessCalendarQueryKeys)
