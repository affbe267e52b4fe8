import { Trash, XMark } from "@medusajs/icons"
import { Badge, Button, Checkbox, Drawer, IconButton, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  BusinessCalendarDetail,
  useSaveBusinessCalendar,
  Weekday,
  WEEKDAYS,
  WorkingInterval,
} from "../../../../hooks/api/sla"
import { getErrorMessage } from "../../../../lib/errors"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The calendar to edit; omitted to create one. */
  calendar?: BusinessCalendarDetail
}

type Week = Record<Weekday, WorkingInterval[]>

const OFFICE_DAY: WorkingInterval = { start: "09:00", end: "17:00" }
const WORKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri"]

const weekOf = (hours?: BusinessCalendarDetail["working_hours"]): Week =>
  Object.fromEntries(
    WEEKDAYS.map((day) => [
      day,
      hours ? [...(hours[day] ?? [])] : WORKDAYS.includes(day) ? [{ ...OFFICE_DAY }] : [],
    ])
  ) as Week

/** Time zones the browser knows, for the suggestions of the time zone field. */
const useTimeZones = () =>
  useMemo(() => {
    const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf
    return supported ? supported("timeZone") : ["UTC", "Europe/Berlin", "Asia/Shanghai", "America/New_York"]
  }, [])

export const CalendarDrawer = ({ open, onOpenChange, calendar }: Props) => {
  const { t } = useTranslation()
  const save = useSaveBusinessCalendar()
  const timeZones = useTimeZones()
  const [name, setName] = useState("")
  const [timezone, setTimezone] = useState("")
  const [week, setWeek] = useState<Week>(weekOf())
  const [holidays, setHolidays] = useState<string[]>([])
  const [newHoliday, setNewHoliday] = useState("")
  const [isDefault, setIsDefault] = useState(false)

  useEffect(() => {
    if (!open) {
      return
    }
    setName(calendar?.name ?? "")
    setTimezone(calendar?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC")
    setWeek(weekOf(calendar?.working_hours))
    setHolidays([...(calendar?.holidays ?? [])])
    setNewHoliday("")
    setIsDefault(calendar?.is_default ?? false)
  }, [open, calendar])

  const updateDay = (day: Weekday, intervals: WorkingInterval[]) =>
    setWeek((previous) => ({ ...previous, [day]: intervals }))

  const addHoliday = () => {
    if (newHoliday && !holidays.includes(newHoliday)) {
      setHolidays([...holidays, newHoliday].sort())
    }
    setNewHoliday("")
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await save.mutateAsync({
        id: calendar?.id,
        name,
        timezone: timezone.trim(),
        working_hours: week,
        holidays,
        // the default can only be handed over, not switched off
        ...(isDefault || !calendar ? { is_default: isDefault } : {}),
      })
      toast.success(
        calendar ? t("aftersales.sla.toasts.calendarUpdated") : t("aftersales.sla.toasts.calendarCreated")
      )
      onOpenChange(false)
    } catch (error) {
      // overlapping hours, an unknown time zone: the server lists every problem
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-[640px]" data-testid="aftersales-business-calendar-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {calendar ? t("aftersales.sla.calendars.form.editTitle") : t("aftersales.sla.calendars.form.createTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="grid grid-cols-2 gap-4">
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-calendar-name">
                  {t("aftersales.sla.calendars.fields.name")}
                </Label>
                <Input
                  id="aftersales-calendar-name"
                  name="name"
                  size="small"
                  required
                  maxLength={100}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-calendar-timezone">
                  {t("aftersales.sla.calendars.fields.timezone")}
                </Label>
                <Input
                  id="aftersales-calendar-timezone"
                  name="timezone"
                  size="small"
                  required
                  list="aftersales-calendar-timezones"
                  value={timezone}
                  onChange={(e) => setTimezone(e.target.value)}
                />
                <datalist id="aftersales-calendar-timezones">
                  {timeZones.map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </div>
            </div>

            <div className="flex flex-col gap-y-2" data-testid="aftersales-calendar-week">
              <Text size="small" weight="plus">
                {t("aftersales.sla.calendars.fields.workingHours")}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("aftersales.sla.calendars.form.hoursHint")}
              </Text>
              {WEEKDAYS.map((day) => {
                const intervals = week[day]
                return (
                  <div key={day} className="flex items-start gap-x-3" data-weekday={day}>
                    <label className="flex w-28 shrink-0 items-center gap-x-2 pt-1.5">
                      <Checkbox
                        name={`open-${day}`}
                        checked={intervals.length > 0}
                        onCheckedChange={(checked) => updateDay(day, checked === true ? [{ ...OFFICE_DAY }] : [])}
                      />
                      <Text size="small">{t(`aftersales.sla.weekdays.${day}`)}</Text>
                    </label>
                    <div className="flex flex-1 flex-col gap-y-2">
                      {intervals.length === 0 && (
                        <Text size="small" className="text-ui-fg-muted pt-1.5">
                          {t("aftersales.sla.calendars.form.closed")}
                        </Text>
                      )}
                      {intervals.map((interval, index) => (
                        <div key={index} className="flex items-center gap-x-2">
                          {(["start", "end"] as const).map((edge) => (
                            <Input
                              key={edge}
                              size="small"
                              type="time"
                              aria-label={t(`aftersales.sla.calendars.form.${edge}`)}
                              name={`${day}-${index}-${edge}`}
                              required
                              value={interval[edge]}
                              onChange={(e) =>
                                updateDay(
                                  day,
                                  intervals.map((current, position) =>
                                    position === index ? { ...current, [edge]: e.target.value } : current
                                  )
                                )
                              }
                            />
                          ))}
                          <IconButton
                            type="button"
                            size="small"
                            variant="transparent"
                            aria-label={t("aftersales.sla.calendars.form.removeInterval")}
                            onClick={() => updateDay(day, intervals.filter((_, position) => position !== index))}
                          >
                            <Trash />
                          </IconButton>
                        </div>
                      ))}
                      {intervals.length > 0 && (
                        <Button
                          type="button"
                          size="small"
                          variant="transparent"
                          className="self-start"
                          onClick={() => updateDay(day, [...intervals, { start: "13:00", end: "17:00" }])}
                        >
                          {t("aftersales.sla.calendars.form.addInterval")}
                        </Button>
                      )}
                    </div>
                  </div>
                )
              })}
            </div>

            <div className="flex flex-col gap-y-2" data-testid="aftersales-calendar-holidays">
              <Label size="small" weight="plus" htmlFor="aftersales-calendar-holiday">
                {t("aftersales.sla.calendars.fields.holidays")}
              </Label>
              <div className="flex items-center gap-x-2">
                <Input
                  id="aftersales-calendar-holiday"
                  size="small"
                  type="date"
                  value={newHoliday}
                  onChange={(e) => setNewHoliday(e.target.value)}
                />
                <Button type="button" size="small" variant="secondary" onClick={addHoliday} disabled={!newHoliday}>
                  {t("aftersales.sla.calendars.form.addHoliday")}
                </Button>
              </div>
              <div className="flex flex-wrap gap-1">
                {holidays.length === 0 && (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {t("aftersales.sla.calendars.form.noHolidays")}
                  </Text>
                )}
                {holidays.map((holiday) => (
                  <Badge key={holiday} size="small" className="flex items-center gap-x-1">
                    {holiday}
                    <button
                      type="button"
                      aria-label={t("aftersales.sla.calendars.form.removeHoliday", { date: holiday })}
                      onClick={() => setHolidays(holidays.filter((value) => value !== holiday))}
                    >
                      <XMark />
                    </button>
                  </Badge>
                ))}
              </div>
            </div>

            <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start justify-between gap-x-4 rounded-lg p-3">
              <div className="flex flex-col">
                <Label size="small" weight="plus" htmlFor="aftersales-calendar-default">
                  {t("aftersales.sla.calendars.form.default")}
                </Label>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("aftersales.sla.calendars.form.defaultHint")}
                </Text>
              </div>
              <Switch
                id="aftersales-calendar-default"
                checked={isDefault}
                disabled={calendar?.is_default}
                onCheckedChange={setIsDefault}
              />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} data-testid="aftersales-business-calendar-save">
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
