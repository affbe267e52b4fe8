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
  CreateRolePayload,
  DeleteResponse,
  RoleResponse,
  RolesQuery,
  RolesResponse,
  UpdateRolePayload,
} from "../../lib/types"
import { aftersalesMeQueryKey } from "./me"
import { roleAssignmentQueryKeys } from "./role-assignments"

export const roleQueryKeys = queryKeysFactory("roles")

export const useRoles = (
  query: RolesQuery = {},
  options?: Omit<
    UseQueryOptions<RolesResponse, FetchError, RolesResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: roleQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<RolesResponse>("/admin/aftersales/roles", { query }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useRole = (
  id: string,
  options?: Omit<
    UseQueryOptions<RoleResponse, FetchError, RoleResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: roleQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<RoleResponse>(`/admin/aftersales/roles/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

export const useCreateRole = (
  options?: UseMutationOptions<RoleResponse, FetchError, CreateRolePayload>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body: CreateRolePayload) =>
      sdk.client.fetch<RoleResponse>("/admin/aftersales/roles", {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: roleQueryKeys.lists() })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateRole = (
  id: string,
  options?: UseMutationOptions<RoleResponse, FetchError, UpdateRolePayload>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body: UpdateRolePayload) =>
      sdk.client.fetch<RoleResponse>(`/admin/aftersales/roles/${id}`, {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: roleQueryKeys.lists() })
      queryClient.invalidateQueries({ queryKey: roleQueryKeys.details() })
      // The current user's permissions may come from this role.
      queryClient.invalidateQueries({ queryKey: aftersalesMeQueryKey })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteRole = (
  options?: UseMutationOptions<DeleteResponse, FetchError, string>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<DeleteResponse>(`/admin/aftersales/roles/${id}`, {
        method: "DELETE",
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: roleQueryKeys.all })
      // Deleting a role removes its assignments as well.
      queryClient.invalidateQueries({ queryKey: roleAssignmentQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: aftersalesMeQueryKey })
      options?.onSuccess?.(data, variables, context)
    },
  })
}
