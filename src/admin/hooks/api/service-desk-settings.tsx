import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import { PaginatedResponse, StageCategory, TicketType } from "../../lib/types"
import {
  cannedResponseQueryKeys,
  serviceTicketQueryKeys,
  ticketPipelineQueryKeys,
} from "./service-tickets"

type QueryOptions<T> = Omit<
  UseQueryOptions<T, FetchError, T, QueryKey>,
  "queryKey" | "queryFn"
>

// Pipelines (`/admin/service-ticket-pipelines`)

export type PipelineStageDefinition = {
  key: string
  name: string
  category: StageCategory
  sla: "running" | "paused"
  is_initial?: boolean
}
export type PipelineTransitionDefinition = {
  from: string
  to: string
  name?: string
}
export type PipelineDefinition = {
  stages: PipelineStageDefinition[]
  transitions: PipelineTransitionDefinition[]
}
export type TicketPipelineDetail = {
  id: string
  key: string
  name: string
  ticket_types: TicketType[]
  is_default: boolean
  definition: PipelineDefinition
  /** Live tickets per stage key (what an edit would have to move). */
  ticket_counts?: Record<string, number>
  updated_at?: string
}
export type SaveTicketPipelinePayload = {
  key?: string
  name?: string
  ticket_types?: TicketType[]
  definition?: PipelineDefinition
  is_default?: boolean
  /** Removed stage key -> stage key of the new definition. */
  stage_mapping?: Record<string, string>
}

type TicketPipelineListResponse = PaginatedResponse & {
  ticket_pipelines: TicketPipelineDetail[]
}
type TicketPipelineDetailResponse = { ticket_pipeline: TicketPipelineDetail }

/** Every pipeline with its definition (settings page). */
export const usePipelineSettings = (
  options?: QueryOptions<TicketPipelineListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: ticketPipelineQueryKeys.list({ settings: true }),
    queryFn: () =>
      sdk.client.fetch<TicketPipelineListResponse>(
        "/admin/service-ticket-pipelines",
        { query: { limit: 100, order: "created_at" } }
      ),
    ...options,
  })
  return { ...data, ...rest }
}

/** One pipeline with `ticket_counts` per stage. */
export const usePipelineDetail = (
  id: string | undefined,
  options?: QueryOptions<TicketPipelineDetailResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: ticketPipelineQueryKeys.detail(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<TicketPipelineDetailResponse>(
        `/admin/service-ticket-pipelines/${id}`
      ),
    enabled: !!id,
    ...options,
  })
  return { ...data, ...rest }
}

export const useSaveTicketPipeline = (
  options?: UseMutationOptions<
    TicketPipelineDetailResponse,
    FetchError,
    SaveTicketPipelinePayload & { id?: string }
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: SaveTicketPipelinePayload & { id?: string }) =>
      sdk.client.fetch<TicketPipelineDetailResponse>(
        id ? `/admin/service-ticket-pipelines/${id}` : "/admin/service-ticket-pipelines",
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: ticketPipelineQueryKeys.all })
      // moved tickets show their new stage in the service desk
      queryClient.invalidateQueries({ queryKey: serviceTicketQueryKeys.all })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

// Canned responses (`/admin/canned-responses`)

export type CannedResponseDetail = {
  id: string
  title: string
  body: string
  category: string | null
  ticket_types: TicketType[]
  is_active: boolean
  created_at: string
  updated_at: string
}
export type SaveCannedResponsePayload = {
  title?: string
  body?: string
  category?: string | null
  ticket_types?: TicketType[]
  is_active?: boolean
}
export type CannedResponseVariable = { name: string; description: string }

type CannedResponseListResponse = PaginatedResponse & {
  canned_responses: CannedResponseDetail[]
}
type CannedResponseDetailResponse = { canned_response: CannedResponseDetail }

export type CannedResponseSettingsQuery = {
  limit?: number
  offset?: number
  q?: string
}

/** All canned responses, active or not (settings page). */
export const useCannedResponseSettings = (
  query: CannedResponseSettingsQuery,
  options?: QueryOptions<CannedResponseListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: cannedResponseQueryKeys.list({ settings: true, ...query }),
    queryFn: () =>
      sdk.client.fetch<CannedResponseListResponse>("/admin/canned-responses", {
        query: { ...query, q: query.q || undefined, order: "title" },
      }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useCannedResponseVariables = (
  options?: QueryOptions<{ variables: CannedResponseVariable[] }>
) => {
  const { data, ...rest } = useQuery({
    queryKey: [...cannedResponseQueryKeys.all, "variables"],
    queryFn: () =>
      sdk.client.fetch<{ variables: CannedResponseVariable[] }>(
        "/admin/canned-responses/variables"
      ),
    staleTime: Infinity,
    ...options,
  })
  return { ...data, ...rest }
}

export const useSaveCannedResponse = (
  options?: UseMutationOptions<
    CannedResponseDetailResponse,
    FetchError,
    SaveCannedResponsePayload & { id?: string }
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: SaveCannedResponsePayload & { id?: string }) =>
      sdk.client.fetch<CannedResponseDetailResponse>(
        id ? `/admin/canned-responses/${id}` : "/admin/canned-responses",
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: cannedResponseQueryKeys.all })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteCannedResponse = (
  options?: UseMutationOptions<
    { id: string; object: string; deleted: boolean },
    FetchError,
    string
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; object: string; deleted: boolean }>(
        `/admin/canned-responses/${id}`,
        { method: "DELETE" }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: cannedResponseQueryKeys.all })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

// Bulk assignment (`POST /admin/service-tickets/assign`)

export const useBulkAssignServiceTickets = (
  options?: UseMutationOptions<
    { service_tickets: { id: string; assignee_id: string | null }[] },
    FetchError,
    { ids: string[]; assignee_id: string | null }
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { ids: string[]; assignee_id: string | null }) =>
      sdk.client.fetch<{
        service_tickets: { id: string; assignee_id: string | null }[]
      }>("/admin/service-tickets/assign", {
        method: "POST",
        body,
        query: { fields: "id,assignee_id" },
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: serviceTicketQueryKeys.all })
      options?.onSuccess?.(data, variables, context)
    },
  })
}
