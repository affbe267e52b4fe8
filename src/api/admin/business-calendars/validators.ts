import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const

const workingInterval = z
  .object({
    start: z.string().regex(/^\d{2}:\d{2}$/, { message: 'Times are written "HH:MM", e.g. "09:00".' }),
    end: z.string().regex(/^\d{2}:\d{2}$/, { message: 'Times are written "HH:MM", e.g. "17:00".' }),
  })
  .strict()

/** `{ mon: [{ start: "09:00", end: "17:00" }], ... }`; the library checks overlaps and ranges. */
const workingHours = z
  .object(Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(workingInterval).max(12).optional()])))
  .strict()

const holidays = z
  .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Holidays are dates "YYYY-MM-DD".' }))
  .max(1000)

export const AdminGetBusinessCalendarParams = z.object({ fields: z.string().optional() }).strict()

export type AdminGetBusinessCalendarsParamsType = z.infer<typeof AdminGetBusinessCalendarsParams>
export const AdminGetBusinessCalendarsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "name",
})
  .merge(z.object({ q: z.string().optional() }))
  .strict()

export type AdminCreateBusinessCalendarType = z.infer<typeof AdminCreateBusinessCalendar>
export const AdminCreateBusinessCalendar = z
  .object({
    name: z.string().trim().min(1).max(100),
    timezone: z.string().trim().min(1).max(64),
    working_hours: workingHours,
    holidays: holidays.optional(),
    is_default: z.boolean().optional(),
  })
  .strict()

export type AdminUpdateBusinessCalendarType = z.infer<typeof AdminUpdateBusinessCalendar>
export const AdminUpdateBusinessCalendar = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    timezone: z.string().trim().min(1).max(64).optional(),
    working_hours: workingHours.optional(),
    holidays: holidays.optional(),
    is_default: z.boolean().optional(),
  })
  .strict()
