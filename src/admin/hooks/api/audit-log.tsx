import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  useMutation,
  useQuery,
  UseQueryOptions,
} from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"
import {
  AuditLogFilters,
  AuditLogQuery,
  AuditLogResponse,
} from "../../lib/types"

export const auditLogQueryKeys = queryKeysFactory("audit-log")

export const useAuditLog = (
  query: AuditLogQuery = {},
  options?: Omit<
    UseQueryOptions<AuditLogResponse, FetchError, AuditLogResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: auditLogQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AuditLogResponse>("/admin/aftersales/audit-log", {
        query,
      }),
    ...options,
  })

  return { ...data, ...rest }
}

const EXPORT_FILENAME = "aftersales-audit-log.csv"

function filenameFrom(disposition: string | null): string {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i)
  return match?.[1] ? decodeURIComponent(match[1]) : EXPORT_FILENAME
}

/**
 * Downloads the CSV export with the same filters as the table. The js-sdk returns the raw
 * `Response` when the request does not accept JSON, so the body is saved through a blob link.
 */
export const useExportAuditLog = () => {
  return useMutation<void, FetchError, AuditLogFilters>({
    mutationFn: async (filters) => {
      const response = await sdk.client.fetch<Response>(
        "/admin/aftersales/audit-log/export",
        {
          // The export endpoint takes the filters only (no paging or ordering params).
          query: filters,
          headers: { accept: "text/csv" },
        }
      )
      const blob = await response.blob()
      const url = URL.createObjectURL(blob)
      const link = document.createElement("a")
      link.href = url
      link.download = filenameFrom(response.headers.get("content-disposition"))
      document.body.appendChild(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 1_000)
    },
  })
}
