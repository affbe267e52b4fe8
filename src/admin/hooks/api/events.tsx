import { FetchError } from "@medusajs/js-sdk"
import { QueryKey, useQuery, UseQueryOptions } from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import { EventsResponse } from "../../lib/types"

export const eventsQueryKey = ["aftersales", "events"] as const

/** The catalogue of events webhooks can subscribe to. */
export const useAftersalesEvents = (
  options?: Omit<
    UseQueryOptions<EventsResponse, FetchError, EventsResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: eventsQueryKey,
    queryFn: () =>
      sdk.client.fetch<EventsResponse>("/admin/aftersales/events"),
    staleTime: Infinity,
    ...options,
  })

  return { ...data, ...rest }
}
