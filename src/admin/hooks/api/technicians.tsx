import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  useMutation,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"

export type TechnicianPerformance = {
  jobs_done: number
  open_jobs: number
  mean_turnaround_hours: number | null
  first_time_fix_rate: number | null
  first_time_fixes: number
  repeat_repairs: number
  on_time_rate: number | null
  on_time_jobs: number
  jobs_with_plan: number
  parts_cost_total: number
  parts_cost_per_job: number | null
  mean_rating: number | null
  ratings: number
  by_month: { period: string; jobs_done: number; mean_turnaround_hours: number | null }[]
}

export type TechnicianSkill = {
  id: string
  product_category_id: string
  category_name: string | null
  level: number
}

export type TechnicianCertification = {
  id: string
  name: string
  issuer: string | null
  reference: string | null
  issued_at: string | null
  expires_at: string | null
}

export type TechnicianAssessment = {
  id: string
  product_category_id: string | null
  category_name: string | null
  score: number
  level_awarded: number | null
  assessed_by: string | null
  assessed_at: string
  notes: string | null
}

export type TechnicianReview = {
  id: string
  period_start: string
  period_end: string
  score: number
  reviewer_id: string | null
  notes: string | null
  figures: Partial<TechnicianPerformance> | null
  created_at: string
}

export type Technician = {
  id: string
  user_id: string | null
  name: string
  email: string | null
  phone: string | null
  location_id: string | null
  hourly_rate: number
  capacity: number
  experience_years: number
  is_active: boolean
  notes: string | null
  created_at: string
  updated_at: string
  skills?: TechnicianSkill[]
  certifications?: TechnicianCertification[]
  assessments?: TechnicianAssessment[]
  reviews?: TechnicianReview[]
  open_jobs: number
  performance: TechnicianPerformance | null
}

export type TechnicianPayload = Partial<
  Pick<
    Technician,
    | "user_id"
    | "name"
    | "email"
    | "phone"
    | "location_id"
    | "hourly_rate"
    | "capacity"
    | "experience_years"
    | "is_active"
    | "notes"
  >
>

export type RepairAnalytics = {
  from: string
  to: string
  period: "week" | "month"
  currency_code: string | null
  totals: { created: number; completed: number; canceled: number }
  volume: { period: string; created: number; completed: number }[]
  turnaround: {
    count: number
    p50_hours: number | null
    p90_hours: number | null
    mean_hours: number | null
    by_period: { period: string; count: number; p50_hours: number | null; p90_hours: number | null }[]
  }
  first_time_fix: { completed: number; first_time_fixes: number; repeats: number; rate: number | null }
  repeat_failure_by_product: {
    product_id: string | null
    product_title: string | null
    completed: number
    repeats: number
    rate: number
  }[]
  repeat_failure_by_fault_code: { fault_code: string; completed: number; repeats: number; rate: number }[]
  cost_per_repair: {
    repairs: number
    parts_cost: number
    labour_cost: number
    total_cost: number
    mean_cost: number | null
  }
  warranty_cost_by_product: {
    product_id: string | null
    product_title: string | null
    repairs: number
    covered_amount: number
    covered_cost: number
  }[]
  outcome_mix: { outcome: string; count: number; share: number }[]
}

type List<Key extends string, T> = { [K in Key]: T[] } & { count: number; offset: number; limit: number }
type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">

export const technicianQueryKeys = queryKeysFactory("technicians")
export const repairAnalyticsQueryKeys = queryKeysFactory("repair-analytics")

export const useTechnicians = (
  query: Record<string, unknown> = {},
  options?: QueryOptions<List<"technicians", Technician>>
) => {
  const { data, ...rest } = useQuery({
    queryKey: technicianQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<List<"technicians", Technician>>("/admin/technicians", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useTechnician = (id: string) => {
  const { data, ...rest } = useQuery({
    queryKey: technicianQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ technician: Technician }>(`/admin/technicians/${id}`),
  })
  return { ...data, ...rest }
}

export const useTechnicianPerformance = (id: string, query: { from?: string; to?: string } = {}) => {
  const { data, ...rest } = useQuery({
    queryKey: [...technicianQueryKeys.detail(id), "performance", query],
    queryFn: () =>
      sdk.client.fetch<{ performance: TechnicianPerformance & { from: string | null; to: string | null } }>(
        `/admin/technicians/${id}/performance`,
        { query }
      ),
  })
  return { ...data, ...rest }
}

const useInvalidateTechnicians = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: technicianQueryKeys.all })
}

/** Creates a technician, or updates one when `id` is given. */
export const useSaveTechnician = (id?: string) => {
  const invalidate = useInvalidateTechnicians()
  return useMutation({
    mutationFn: (body: TechnicianPayload & { skills?: { product_category_id: string; level: number }[] }) =>
      sdk.client.fetch<{ technician: Technician }>(id ? `/admin/technicians/${id}` : "/admin/technicians", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useDeactivateTechnician = (id: string) => {
  const invalidate = useInvalidateTechnicians()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ technician: Technician }>(`/admin/technicians/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

export const useSetTechnicianSkills = (id: string) => {
  const invalidate = useInvalidateTechnicians()
  return useMutation({
    mutationFn: (skills: { product_category_id: string; level: number }[]) =>
      sdk.client.fetch<{ technician: Technician }>(`/admin/technicians/${id}/skills`, {
        method: "POST",
        body: { skills },
      }),
    onSuccess: invalidate,
  })
}

export const useAddTechnicianCertification = (id: string) => {
  const invalidate = useInvalidateTechnicians()
  return useMutation({
    mutationFn: (body: {
      name: string
      issuer?: string | null
      reference?: string | null
      issued_at?: string | null
      expires_at?: string | null
    }) =>
      sdk.client.fetch<{ technician: Technician }>(`/admin/technicians/${id}/certifications`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useRemoveTechnicianCertification = (id: string) => {
  const invalidate = useInvalidateTechnicians()
  return useMutation({
    mutationFn: (certificationId: string) =>
      sdk.client.fetch<{ technician: Technician }>(
        `/admin/technicians/${id}/certifications/${certificationId}`,
        { method: "DELETE" }
      ),
    onSuccess: invalidate,
  })
}

export const useRecordTechnicianAssessment = (id: string) => {
  const invalidate = useInvalidateTechnicians()
  return useMutation({
    mutationFn: (body: {
      product_category_id?: string | null
      score: number
      level_awarded?: number | null
      notes?: string | null
    }) =>
      sdk.client.fetch<{ technician: Technician }>(`/admin/technicians/${id}/assessments`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useRecordTechnicianReview = (id: string) => {
  const invalidate = useInvalidateTechnicians()
  return useMutation({
    mutationFn: (body: { period_start: string; period_end: string; score: number; notes?: string | null }) =>
      sdk.client.fetch<{ technician: Technician; review: TechnicianReview }>(
        `/admin/technicians/${id}/reviews`,
        { method: "POST", body }
      ),
    onSuccess: invalidate,
  })
}

export const useRepairAnalytics = (query: { from?: string; to?: string; period?: "week" | "month" }) => {
  const { data, ...rest } = useQuery({
    queryKey: repairAnalyticsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ analytics: RepairAnalytics }>("/admin/aftersales/analytics/repairs", { query }),
  })
  return { ...data, ...rest }
}
