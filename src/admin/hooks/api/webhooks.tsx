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
  CreateWebhookPayload,
  DeleteResponse,
  ListQuery,
  UpdateWebhookPayload,
  WebhookDeliveriesQuery,
  WebhookDeliveriesResponse,
  WebhookDeliveryResponse,
  WebhookResponse,
  WebhooksResponse,
  WebhookWithSecretResponse,
} from "../../lib/types"

export const webhookQueryKeys = queryKeysFactory("webhooks")
export const webhookDeliveryQueryKeys = queryKeysFactory("webhook-deliveries")

export const useWebhooks = (
  query: ListQuery = {},
  options?: Omit<
    UseQueryOptions<WebhooksResponse, FetchError, WebhooksResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: webhookQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<WebhooksResponse>("/admin/aftersales/webhooks", {
        query,
      }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useWebhook = (
  id: string,
  options?: Omit<
    UseQueryOptions<WebhookResponse, FetchError, WebhookResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: webhookQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<WebhookResponse>(`/admin/aftersales/webhooks/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

export const useWebhookDeliveries = (
  webhookId: string,
  query: WebhookDeliveriesQuery = {},
  options?: Omit<
    UseQueryOptions<
      WebhookDeliveriesResponse,
      FetchError,
      WebhookDeliveriesResponse,
      QueryKey
    >,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: webhookDeliveryQueryKeys.list({ webhookId, ...query }),
    queryFn: () =>
      sdk.client.fetch<WebhookDeliveriesResponse>(
        `/admin/aftersales/webhooks/${webhookId}/deliveries`,
        { query }
      ),
    ...options,
  })

  return { ...data, ...rest }
}

const useInvalidateWebhooks = () => {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: webhookQueryKeys.all })
    queryClient.invalidateQueries({ queryKey: webhookDeliveryQueryKeys.all })
  }
}

export const useCreateWebhook = (
  options?: UseMutationOptions<
    WebhookWithSecretResponse,
    FetchError,
    CreateWebhookPayload
  >
) => {
  const invalidate = useInvalidateWebhooks()

  return useMutation({
    mutationFn: (body: CreateWebhookPayload) =>
      sdk.client.fetch<WebhookWithSecretResponse>(
        "/admin/aftersales/webhooks",
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateWebhook = (
  options?: UseMutationOptions<
    WebhookResponse,
    FetchError,
    { id: string } & UpdateWebhookPayload
  >
) => {
  const invalidate = useInvalidateWebhooks()

  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & UpdateWebhookPayload) =>
      sdk.client.fetch<WebhookResponse>(`/admin/aftersales/webhooks/${id}`, {
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

export const useDeleteWebhook = (
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<DeleteResponse>(`/admin/aftersales/webhooks/${id}`, {
        method: "DELETE",
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      // Only the lists: the deleted endpoint's detail and deliveries may still be on screen
      // (the detail page navigates away afterwards) and refetching them would answer 404.
      queryClient.invalidateQueries({ queryKey: webhookQueryKeys.lists() })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useRotateWebhookSecret = (
  options?: UseMutationOptions<WebhookWithSecretResponse, FetchError, string>
) => {
  const invalidate = useInvalidateWebhooks()

  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<WebhookWithSecretResponse>(
        `/admin/aftersales/webhooks/${id}/rotate-secret`,
        { method: "POST" }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useSendTestWebhook = (
  options?: UseMutationOptions<WebhookDeliveryResponse, FetchError, string>
) => {
  const invalidate = useInvalidateWebhooks()

  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<WebhookDeliveryResponse>(
        `/admin/aftersales/webhooks/${id}/test`,
        { method: "POST" }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useRedeliverWebhookDelivery = (
  options?: UseMutationOptions<WebhookDeliveryResponse, FetchError, string>
) => {
  const invalidate = useInvalidateWebhooks()

  return useMutation({
    mutationFn: (deliveryId: string) =>
      sdk.client.fetch<WebhookDeliveryResponse>(
        `/admin/aftersales/webhook-deliveries/${deliveryId}/redeliver`,
        { method: "POST" }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}
