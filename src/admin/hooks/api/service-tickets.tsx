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
import {
  AddTicketMessagePayload,
  CannedResponsesResponse,
  CreateServiceTicketPayload,
  CustomerSummary,
  OrderSummary,
  RenderedCannedResponse,
  ServiceTicketResponse,
  ServiceTicketsQuery,
  ServiceTicketsResponse,
  TicketMessage,
  TicketPipelinesResponse,
} from "../../lib/types"

export const serviceTicketQueryKeys = queryKeysFactory("service-tickets")
export const ticketPipelineQueryKeys = queryKeysFactory("service-ticket-pipelines")
export const cannedResponseQueryKeys = queryKeysFactory("canned-responses")

type QueryOptions<T> = Omit<
  UseQueryOptions<T, FetchError, T, QueryKey>,
  "queryKey" | "queryFn"
>

export const useServiceTickets = (
  query: ServiceTicketsQuery = {},
  options?: QueryOptions<ServiceTicketsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: serviceTicketQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ServiceTicketsResponse>("/admin/service-tickets", {
        query,
      }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useServiceTicket = (
  id: string,
  options?: QueryOptions<ServiceTicketResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: serviceTicketQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<ServiceTicketResponse>(`/admin/service-tickets/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

/** Pipelines with their definitions: the stages and the allowed transitions. */
export const useTicketPipelines = (
  options?: QueryOptions<TicketPipelinesResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: ticketPipelineQueryKeys.list(),
    queryFn: () =>
      sdk.client.fetch<TicketPipelinesResponse>(
        "/admin/service-ticket-pipelines",
        { query: { limit: 100 } }
      ),
    staleTime: 60_000,
    ...options,
  })

  return { ...data, ...rest }
}

export const useCannedResponses = (
  options?: QueryOptions<CannedResponsesResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: cannedResponseQueryKeys.list({ is_active: true }),
    queryFn: () =>
      sdk.client.fetch<CannedResponsesResponse>("/admin/canned-responses", {
        query: { is_active: true, limit: 200 },
      }),
    staleTime: 60_000,
    ...options,
  })

  return { ...data, ...rest }
}

type CustomersResponse = { customers: CustomerSummary[]; count: number }
type OrdersResponse = { orders: OrderSummary[]; count: number }

/** Core customers (`GET /admin/customers`), searched by `q`. */
export const useCustomerSearch = (
  q: string,
  options?: QueryOptions<CustomersResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "core-customers", { q }],
    queryFn: () =>
      sdk.client.fetch<CustomersResponse>("/admin/customers", {
        query: {
          q: q || undefined,
          limit: 50,
          fields: "id,email,first_name,last_name",
        },
      }),
    ...options,
  })

  return { ...data, ...rest }
}

/** Core orders of one customer (`GET /admin/orders?customer_id=`). */
export const useCustomerOrders = (
  customerId: string,
  options?: QueryOptions<OrdersResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "core-orders", { customerId }],
    queryFn: () =>
      sdk.client.fetch<OrdersResponse>("/admin/orders", {
        query: {
          customer_id: customerId,
          limit: 50,
          fields: "id,display_id,created_at",
          order: "-created_at",
        },
      }),
    enabled: !!customerId,
    ...options,
  })

  return { ...data, ...rest }
}

const useInvalidateTickets = () => {
  const queryClient = useQueryClient()
  return () =>
    queryClient.invalidateQueries({ queryKey: serviceTicketQueryKeys.all })
}

export const useCreateServiceTicket = (
  options?: UseMutationOptions<
    ServiceTicketResponse,
    FetchError,
    CreateServiceTicketPayload
  >
) => {
  const invalidate = useInvalidateTickets()

  return useMutation({
    mutationFn: (body: CreateServiceTicketPayload) =>
      sdk.client.fetch<ServiceTicketResponse>("/admin/service-tickets", {
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

export const useTransitionServiceTicket = (
  id: string,
  options?: UseMutationOptions<
    ServiceTicketResponse,
    FetchError,
    { to: string; expected_version?: number }
  >
) => {
  const invalidate = useInvalidateTickets()

  return useMutation({
    mutationFn: (body: { to: string; expected_version?: number }) =>
      sdk.client.fetch<ServiceTicketResponse>(
        `/admin/service-tickets/${id}/transition`,
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useAssignServiceTicket = (
  id: string,
  options?: UseMutationOptions<
    ServiceTicketResponse,
    FetchError,
    { assignee_id: string | null; expected_version?: number }
  >
) => {
  const invalidate = useInvalidateTickets()

  return useMutation({
    mutationFn: (body: {
      assignee_id: string | null
      expected_version?: number
    }) =>
      sdk.client.fetch<ServiceTicketResponse>(
        `/admin/service-tickets/${id}/assign`,
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useAddTicketMessage = (
  id: string,
  options?: UseMutationOptions<
    { ticket_message: TicketMessage },
    FetchError,
    AddTicketMessagePayload
  >
) => {
  const invalidate = useInvalidateTickets()

  return useMutation({
    mutationFn: (body: AddTicketMessagePayload) =>
      sdk.client.fetch<{ ticket_message: TicketMessage }>(
        `/admin/service-tickets/${id}/messages`,
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Fills a canned response in for a ticket; nothing is sent. */
export const useRenderCannedResponse = (
  options?: UseMutationOptions<
    RenderedCannedResponse,
    FetchError,
    { id: string; ticket_id: string }
  >
) =>
  useMutation({
    mutationFn: ({ id, ticket_id }: { id: string; ticket_id: string }) =>
      sdk.client.fetch<RenderedCannedResponse>(
        `/admin/canned-responses/${id}/render`,
        { method: "POST", body: { ticket_id } }
      ),
    ...options,
  })
