import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validateCalendar, type BusinessCalendar } from "../../../lib/sla"
import { HELPDESK_MODULE } from "../../../modules/helpdesk"
import HelpdeskModuleService from "../../../modules/helpdesk/service"

export type WorkingHours = BusinessCalendar["working_hours"]

export type CreateBusinessCalendarInput = {
  name: string
  timezone: string
  working_hours: WorkingHours
  holidays?: string[]
  is_default?: boolean
}

export type UpdateBusinessCalendarInput = Partial<CreateBusinessCalendarInput> & { id: string }

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const

/** Every weekday spelled out (closed days as []), so an update replaces the whole week. */
function fullWeek(workingHours: WorkingHours): WorkingHours {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, workingHours[day] ?? []])) as WorkingHours
}

type CalendarFields = Omit<CreateBusinessCalendarInput, "is_default"> & { id?: string; is_default: boolean }

/** 400 listing every problem src/lib/sla validateCalendar finds. */
export function assertValidCalendar(calendar: BusinessCalendar) {
  const problems = validateCalendar(calendar)
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The business calendar is invalid: ${problems.join(" ")}`
    )
  }
}

async function assertNameFree(helpdesk: HelpdeskModuleService, name: string, id?: string) {
  const [clash] = await helpdesk.listBusinessCalendars({ name }, { take: 1 })
  if (clash && clash.id !== id) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `A business calendar named "${name}" already exists.`
    )
  }
}

/** Clears is_default on every other calendar; returns their ids for the compensation. */
async function takeOverDefault(helpdesk: HelpdeskModuleService, id: string) {
  const others = await helpdesk.listBusinessCalendars({ is_default: true }, { select: ["id"] })
  const ids = others.map((calendar) => calendar.id).filter((other) => other !== id)
  if (ids.length) {
    await helpdesk.updateBusinessCalendars(ids.map((other) => ({ id: other, is_default: false })))
  }
  return ids
}

function calendarFields(calendar: Record<string, any>): CalendarFields {
  return {
    id: calendar.id,
    name: calendar.name,
    timezone: calendar.timezone,
    working_hours: calendar.working_hours,
    holidays: calendar.holidays,
    is_default: calendar.is_default,
  }
}

export const createBusinessCalendarStep = createStep(
  "create-business-calendar",
  async (input: CreateBusinessCalendarInput, { container }) => {
    const holidays = [...new Set(input.holidays ?? [])].sort()
    assertValidCalendar({ timezone: input.timezone, working_hours: input.working_hours, holidays })
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await assertNameFree(helpdesk, input.name)
    const calendar = await helpdesk.createBusinessCalendars({
      ...input,
      working_hours: fullWeek(input.working_hours),
      holidays,
      is_default: input.is_default ?? false,
    } as any)
    const previousDefaults = calendar.is_default ? await takeOverDefault(helpdesk, calendar.id) : []
    return new StepResponse(calendar, { id: calendar.id, previousDefaults })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteBusinessCalendars(compensation.id)
    if (compensation.previousDefaults.length) {
      await helpdesk.updateBusinessCalendars(
        compensation.previousDefaults.map((id) => ({ id, is_default: true }))
      )
    }
  }
)

export const updateBusinessCalendarStep = createStep(
  "update-business-calendar",
  async (input: UpdateBusinessCalendarInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.retrieveBusinessCalendar(input.id)
    const holidays = input.holidays ? [...new Set(input.holidays)].sort() : undefined
    assertValidCalendar({
      timezone: input.timezone ?? before.timezone,
      working_hours: (input.working_hours ?? before.working_hours) as WorkingHours,
      holidays: holidays ?? before.holidays,
    })
    if (input.name !== undefined) {
      await assertNameFree(helpdesk, input.name, input.id)
    }
    if (input.is_default === false && before.is_default) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Make another calendar the default instead: there is always one default calendar."
      )
    }
    const after = await helpdesk.updateBusinessCalendars({
      ...input,
      ...(input.working_hours && { working_hours: fullWeek(input.working_hours) }),
      ...(holidays && { holidays }),
    } as any)
    const previousDefaults = input.is_default ? await takeOverDefault(helpdesk, input.id) : []
    return new StepResponse(
      { before, after },
      { previous: calendarFields(before), previousDefaults }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateBusinessCalendars(compensation.previous as any)
    if (compensation.previousDefaults.length) {
      await helpdesk.updateBusinessCalendars(
        compensation.previousDefaults.map((id) => ({ id, is_default: true }))
      )
    }
  }
)

/** Soft-deletes a calendar no policy uses (400 naming the policies otherwise). */
export const deleteBusinessCalendarStep = createStep(
  "delete-business-calendar",
  async (id: string, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const calendar = await helpdesk.retrieveBusinessCalendar(id)
    const policies = await helpdesk.listSlaPolicies({ calendar_id: id }, { select: ["name"] })
    if (policies.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The calendar "${calendar.name}" is used by the SLA policies ${policies
          .map((policy) => `"${policy.name}"`)
          .join(", ")}. Give them another calendar first.`
      )
    }
    if (calendar.is_default) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The calendar "${calendar.name}" is the default one. Make another calendar the default first.`
      )
    }
    await helpdesk.softDeleteBusinessCalendars(id)
    return new StepResponse(calendar, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.restoreBusinessCalendars(id)
  }
)
