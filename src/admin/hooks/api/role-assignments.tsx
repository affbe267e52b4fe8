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
  CreateRoleAssignmentPayload,
  DeleteResponse,
  RoleAssignment,
  RoleAssignmentsQuery,
  RoleAssignmentsResponse,
} from "../../lib/types"
import { aftersalesMeQueryKey } from "./me"

export const roleAssignmentQueryKeys = queryKeysFactory("role-assignments")

export const useRoleAssignments = (
  query: RoleAssignmentsQuery = {},
  options?: Omit<
    UseQueryOptions<
      RoleAssignmentsResponse,
      FetchError,
      RoleAssignmentsResponse,
      QueryKey
    >,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: roleAssignmentQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<RoleAssignmentsResponse>(
        "/admin/aftersales/role-assignments",
        { query }
      ),
    ...options,
  })

  return { ...data, ...rest }
}

export const useCreateRoleAssignment = (
  options?: UseMutationOptions<
    { role_assignment: RoleAssignment },
    FetchError,
    CreateRoleAssignmentPayload
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body: CreateRoleAssignmentPayload) =>
      sdk.client.fetch<{ role_assignment: RoleAssignment }>(
        "/admin/aftersales/role-assignments",
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: roleAssignmentQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: aftersalesMeQueryKey })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteRoleAssignment = (
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<DeleteResponse>(
        `/admin/aftersales/role-assignments/${id}`,
        { method: "DELETE" }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: roleAssignmentQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: aftersalesMeQueryKey })
      options?.onSuccess?.(data, variables, context)
    },
  })
}
