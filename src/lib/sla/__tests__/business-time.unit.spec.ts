import {
  ALWAYS_OPEN_CALENDAR,
  InvalidCalendarError,
  addBusinessMinutes,
  businessMinutesBetween,
  isWorkingTime,
  nextWorkingTime,
  validateCalendar,
} from ".."
import type { BusinessCalendar, WorkingInterval } from ".."

const at = (iso: string) => new Date(iso)
const weekdays = (intervals: WorkingInterval[]) => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
})

// Mon-Fri 09:00-17:30 in Berlin with Christmas holidays.
const berlinOffice: BusinessCalendar = {
  timezone: "Europe/Berlin",
  working_hours: weekdays([{ start: "09:00", end: "17:30" }]),
  holidays: ["2026-12-25", "2026-12-26"],
}

// Mon-Fri with a lunch break, intervals deliberately unsorted.
const berlinWithLunch: BusinessCalendar = {
  timezone: "Europe/Berlin",
  working_hours: weekdays([
    { start: "13:00", end: "17:00" },
    { start: "09:00", end: "12:00" },
  ]),
  holidays: [],
}

const newYorkOffice: BusinessCalendar = {
  timezone: "America/New_York",
  working_hours: weekdays([{ start: "09:00", end: "17:00" }]),
  holidays: [],
}

const sundayOnly = (timezone: string, start: string, end: string): BusinessCalendar => ({
  timezone,
  working_hours: { sun: [{ start, end }] },
  holidays: [],
})

describe("addBusinessMinutes", () => {
  it("adds time within a working day", () => {
    expect(addBusinessMinutes(berlinOffice, at("2026-03-02T09:00:00+01:00"), 60)).toEqual(
      at("2026-03-02T10:00:00+01:00")
    )
  })

  it("ends exactly at closing time instead of the next opening", () => {
    expect(addBusinessMinutes(berlinOffice, at("2026-03-02T09:00:00+01:00"), 510)).toEqual(
      at("2026-03-02T17:30:00+01:00")
    )
  })

  it("skips the weekend", () => {
    expect(addBusinessMinutes(berlinOffice, at("2026-03-06T16:30:00+01:00"), 120)).toEqual(
      at("2026-03-09T10:00:00+01:00")
    )
  })

  it("skips holidays", () => {
    expect(addBusinessMinutes(berlinOffice, at("2026-12-24T17:00:00+01:00"), 60)).toEqual(
      at("2026-12-28T09:30:00+01:00")
    )
  })

  it("skips breaks between intervals of a day", () => {
    expect(addBusinessMinutes(berlinWithLunch, at("2026-03-02T11:30:00+01:00"), 60)).toEqual(
      at("2026-03-02T13:30:00+01:00")
    )
    expect(addBusinessMinutes(berlinWithLunch, at("2026-03-02T16:30:00+01:00"), 60)).toEqual(
      at("2026-03-03T09:30:00+01:00")
    )
  })

  it("starts counting at the next working time when started outside working hours", () => {
    expect(addBusinessMinutes(berlinOffice, at("2026-03-07T10:00:00+01:00"), 30)).toEqual(
      at("2026-03-09T09:30:00+01:00")
    )
    expect(addBusinessMinutes(berlinOffice, at("2026-03-02T07:00:00+01:00"), 30)).toEqual(
      at("2026-03-02T09:30:00+01:00")
    )
    expect(addBusinessMinutes(berlinOffice, at("2026-03-02T18:00:00+01:00"), 30)).toEqual(
      at("2026-03-03T09:30:00+01:00")
    )
  })

  it("returns the start unchanged for zero minutes, even outside working hours", () => {
    const sunday = at("2026-03-08T12:00:00+01:00")
    expect(addBusinessMinutes(berlinOffice, sunday, 0)).toEqual(sunday)
  })

  it("handles targets spanning weeks", () => {
    const tenWeeks = 10 * 5 * 510
    expect(addBusinessMinutes(berlinOffice, at("2026-01-05T09:00:00+01:00"), tenWeeks)).toEqual(
      at("2026-03-13T17:30:00+01:00")
    )
    const overChristmas = addBusinessMinutes(berlinOffice, at("2026-12-21T09:00:00+01:00"), 2 * 5 * 510)
    expect(overChristmas).toEqual(at("2027-01-04T17:30:00+01:00"))
  })

  it("supports fractional minutes", () => {
    expect(addBusinessMinutes(berlinOffice, at("2026-03-02T09:00:00+01:00"), 0.5)).toEqual(
      at("2026-03-02T09:00:30+01:00")
    )
  })

  it("rejects negative or non-finite minutes and invalid dates", () => {
    expect(() => addBusinessMinutes(berlinOffice, at("2026-03-02T09:00:00Z"), -1)).toThrow(RangeError)
    expect(() => addBusinessMinutes(berlinOffice, at("2026-03-02T09:00:00Z"), NaN)).toThrow(RangeError)
    expect(() => addBusinessMinutes(berlinOffice, new Date("nope"), 1)).toThrow(
      "start must be a valid Date."
    )
  })
})

describe("businessMinutesBetween", () => {
  it("counts only working time", () => {
    expect(
      businessMinutesBetween(berlinOffice, at("2026-03-06T16:30:00+01:00"), at("2026-03-09T10:00:00+01:00"))
    ).toBe(120)
    expect(
      businessMinutesBetween(berlinWithLunch, at("2026-03-02T08:00:00+01:00"), at("2026-03-02T20:00:00+01:00"))
    ).toBe(420)
  })

  it("is zero for equal instants and negative when reversed", () => {
    const monday = at("2026-03-02T10:00:00+01:00")
    expect(businessMinutesBetween(berlinOffice, monday, monday)).toBe(0)
    expect(businessMinutesBetween(berlinOffice, at("2026-03-02T11:00:00+01:00"), monday)).toBe(-60)
  })

  it("counts fractions of minutes", () => {
    expect(
      businessMinutesBetween(berlinOffice, at("2026-03-02T10:00:00+01:00"), at("2026-03-02T10:00:30+01:00"))
    ).toBe(0.5)
  })

  it("excludes holidays", () => {
    expect(
      businessMinutesBetween(berlinOffice, at("2026-12-21T00:00:00+01:00"), at("2026-12-28T00:00:00+01:00"))
    ).toBe(4 * 510)
  })

  it("is the inverse of addBusinessMinutes", () => {
    let seed = 42
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const yearStart = at("2026-01-01T00:00:00Z").getTime()
    for (const calendar of [berlinOffice, berlinWithLunch, newYorkOffice]) {
      for (let sample = 0; sample < 200; sample++) {
        const start = new Date(yearStart + Math.floor(random() * 365 * 24 * 60) * 60_000)
        const minutes = Math.floor(random() * 20_000)
        const due = addBusinessMinutes(calendar, start, minutes)
        expect(businessMinutesBetween(calendar, start, due)).toBe(minutes)
      }
    }
  })
})

describe("isWorkingTime and nextWorkingTime", () => {
  it("treats the start of an interval as working and its end as not", () => {
    expect(isWorkingTime(berlinOffice, at("2026-03-02T09:00:00+01:00"))).toBe(true)
    expect(isWorkingTime(berlinOffice, at("2026-03-02T17:29:59+01:00"))).toBe(true)
    expect(isWorkingTime(berlinOffice, at("2026-03-02T17:30:00+01:00"))).toBe(false)
    expect(isWorkingTime(berlinOffice, at("2026-03-07T12:00:00+01:00"))).toBe(false)
    expect(isWorkingTime(berlinOffice, at("2026-12-25T12:00:00+01:00"))).toBe(false)
    expect(isWorkingTime(berlinWithLunch, at("2026-03-02T12:30:00+01:00"))).toBe(false)
  })

  it("finds the next working time", () => {
    const during = at("2026-03-02T10:15:00+01:00")
    expect(nextWorkingTime(berlinOffice, during)).toEqual(during)
    expect(nextWorkingTime(berlinOffice, at("2026-03-06T18:00:00+01:00"))).toEqual(
      at("2026-03-09T09:00:00+01:00")
    )
    expect(nextWorkingTime(berlinWithLunch, at("2026-03-02T12:30:00+01:00"))).toEqual(
      at("2026-03-02T13:00:00+01:00")
    )
    expect(nextWorkingTime(berlinOffice, at("2026-12-24T18:00:00+01:00"))).toEqual(
      at("2026-12-28T09:00:00+01:00")
    )
  })
})

describe("daylight saving time", () => {
  it("Europe/Berlin: the spring-forward night is one hour shorter", () => {
    const nightShift = sundayOnly("Europe/Berlin", "00:00", "06:00")
    expect(
      businessMinutesBetween(nightShift, at("2026-03-28T12:00:00Z"), at("2026-03-30T00:00:00Z"))
    ).toBe(300)
    expect(addBusinessMinutes(nightShift, at("2026-03-29T00:00:00+01:00"), 180)).toEqual(
      at("2026-03-29T04:00:00+02:00")
    )
  })

  it("Europe/Berlin: the fall-back night is one hour longer", () => {
    const nightShift = sundayOnly("Europe/Berlin", "00:00", "06:00")
    expect(
      businessMinutesBetween(nightShift, at("2026-10-24T12:00:00Z"), at("2026-10-26T00:00:00Z"))
    ).toBe(420)
  })

  it("Europe/Berlin: a start time skipped by spring-forward opens at the jump", () => {
    const earlyShift = sundayOnly("Europe/Berlin", "02:30", "04:00")
    expect(nextWorkingTime(earlyShift, at("2026-03-28T12:00:00Z"))).toEqual(at("2026-03-29T01:00:00Z"))
    expect(
      businessMinutesBetween(earlyShift, at("2026-03-28T12:00:00Z"), at("2026-03-30T00:00:00Z"))
    ).toBe(60)
  })

  it("Europe/Berlin: an interval inside the skipped hour does not exist that day", () => {
    const skipped = sundayOnly("Europe/Berlin", "02:15", "02:45")
    expect(nextWorkingTime(skipped, at("2026-03-28T12:00:00Z"))).toEqual(
      at("2026-04-05T02:15:00+02:00")
    )
  })

  it("Europe/Berlin: an interval spanning the repeated hour runs from the first start to the last end", () => {
    const earlyShift = sundayOnly("Europe/Berlin", "02:30", "04:00")
    expect(nextWorkingTime(earlyShift, at("2026-10-24T12:00:00Z"))).toEqual(
      at("2026-10-25T02:30:00+02:00")
    )
    expect(
      businessMinutesBetween(earlyShift, at("2026-10-24T12:00:00Z"), at("2026-10-26T00:00:00Z"))
    ).toBe(150)
  })

  it("Europe/Berlin: office hours shift with the UTC offset across the change", () => {
    expect(addBusinessMinutes(berlinOffice, at("2026-03-27T16:30:00+01:00"), 120)).toEqual(
      at("2026-03-30T10:00:00+02:00")
    )
    expect(addBusinessMinutes(berlinOffice, at("2026-10-23T16:30:00+02:00"), 120)).toEqual(
      at("2026-10-26T10:00:00+01:00")
    )
    const fourWeeks = 4 * 5 * 510
    const start = at("2026-03-23T09:00:00+01:00")
    const due = addBusinessMinutes(berlinOffice, start, fourWeeks)
    expect(due).toEqual(at("2026-04-17T17:30:00+02:00"))
    expect(businessMinutesBetween(berlinOffice, start, due)).toBe(fourWeeks)
  })

  it("America/New_York: office hours across both changes", () => {
    expect(addBusinessMinutes(newYorkOffice, at("2026-03-06T16:00:00-05:00"), 120)).toEqual(
      at("2026-03-09T10:00:00-04:00")
    )
    expect(addBusinessMinutes(newYorkOffice, at("2026-10-30T16:00:00-04:00"), 120)).toEqual(
      at("2026-11-02T10:00:00-05:00")
    )
  })

  it("America/New_York: a whole fall-back Sunday lasts 25 hours", () => {
    const sunday = sundayOnly("America/New_York", "00:00", "24:00")
    const start = at("2026-11-01T00:00:00-04:00")
    expect(businessMinutesBetween(sunday, at("2026-10-31T12:00:00Z"), at("2026-11-03T00:00:00Z"))).toBe(1500)
    expect(addBusinessMinutes(sunday, start, 1500)).toEqual(at("2026-11-02T00:00:00-05:00"))
    expect(isWorkingTime(sunday, at("2026-11-02T00:30:00-05:00"))).toBe(false)
  })
})

describe("24x7 calendars", () => {
  it("ALWAYS_OPEN_CALENDAR counts real time", () => {
    const start = at("2026-03-28T22:00:00Z")
    expect(addBusinessMinutes(ALWAYS_OPEN_CALENDAR, start, 3 * 1440)).toEqual(at("2026-03-31T22:00:00Z"))
    expect(businessMinutesBetween(ALWAYS_OPEN_CALENDAR, start, at("2026-03-29T22:00:00Z"))).toBe(1440)
    expect(isWorkingTime(ALWAYS_OPEN_CALENDAR, start)).toBe(true)
    expect(nextWorkingTime(ALWAYS_OPEN_CALENDAR, start)).toEqual(start)
  })

  it("a zoned round-the-clock calendar with a holiday matches real time on other days", () => {
    const berlinAllDays: BusinessCalendar = {
      ...ALWAYS_OPEN_CALENDAR,
      timezone: "Europe/Berlin",
      holidays: ["2026-12-25"],
    }
    expect(
      businessMinutesBetween(berlinAllDays, at("2026-03-28T00:00:00+01:00"), at("2026-03-31T00:00:00+02:00"))
    ).toBe(3 * 1440 - 60)
    expect(
      businessMinutesBetween(berlinAllDays, at("2026-10-24T00:00:00+02:00"), at("2026-10-27T00:00:00+01:00"))
    ).toBe(3 * 1440 + 60)
    expect(addBusinessMinutes(berlinAllDays, at("2026-12-24T23:00:00+01:00"), 120)).toEqual(
      at("2026-12-26T01:00:00+01:00")
    )
  })
})

describe("validateCalendar", () => {
  it("accepts the calendars used here", () => {
    for (const calendar of [berlinOffice, berlinWithLunch, newYorkOffice, ALWAYS_OPEN_CALENDAR]) {
      expect(validateCalendar(calendar)).toEqual([])
    }
  })

  it("reports every problem", () => {
    const broken = {
      timezone: "Mars/Olympus_Mons",
      working_hours: {
        mon: [
          { start: "09:00", end: "12:00" },
          { start: "11:00", end: "13:00" },
        ],
        tue: [{ start: "9:00", end: "24:30" }],
        wed: [{ start: "17:00", end: "09:00" }],
        funday: [],
      },
      holidays: ["2026-02-30", "tomorrow"],
    } as unknown as BusinessCalendar
    expect(validateCalendar(broken)).toEqual([
      'Time zone "Mars/Olympus_Mons" is not a valid IANA time zone.',
      "working_hours.mon: intervals 09:00-12:00 and 11:00-13:00 overlap.",
      'working_hours.tue[0]: start "9:00" must be a time "HH:MM" from 00:00 to 23:59.',
      'working_hours.tue[0]: end "24:30" must be a time "HH:MM" from 00:00 to 24:00.',
      "working_hours.wed[0]: start 17:00 must be before end 09:00.",
      'working_hours has unknown day "funday"; expected mon, tue, wed, thu, fri, sat or sun.',
      'holidays[0] "2026-02-30" is not a valid "YYYY-MM-DD" date.',
      'holidays[1] "tomorrow" is not a valid "YYYY-MM-DD" date.',
    ])
  })

  it("requires some working time", () => {
    expect(validateCalendar({ timezone: "UTC", working_hours: { mon: [] }, holidays: [] })).toEqual([
      "working_hours has no working interval on any day.",
    ])
  })

  it("keeps calendars with different content apart", () => {
    const start = at("2026-12-24T17:00:00+01:00")
    expect(addBusinessMinutes(berlinOffice, start, 60)).toEqual(at("2026-12-28T09:30:00+01:00"))
    expect(addBusinessMinutes({ ...berlinOffice, holidays: [] }, start, 60)).toEqual(
      at("2026-12-25T09:30:00+01:00")
    )
    expect(addBusinessMinutes({ ...berlinOffice, holidays: [...berlinOffice.holidays] }, start, 60)).toEqual(
      at("2026-12-28T09:30:00+01:00")
    )
  })

  it("makes the business-time functions throw InvalidCalendarError", () => {
    const closed: BusinessCalendar = { timezone: "UTC", working_hours: {}, holidays: [] }
    expect(() => addBusinessMinutes(closed, at("2026-03-02T09:00:00Z"), 10)).toThrow(InvalidCalendarError)
  })

  it("gives up when holidays leave no working time for over a year", () => {
    const holidays = Array.from({ length: 500 }, (_, day) =>
      new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)
    )
    const alwaysOnHoliday: BusinessCalendar = { ...berlinOffice, holidays }
    expect(() => addBusinessMinutes(alwaysOnHoliday, at("2026-01-01T00:00:00Z"), 10)).toThrow(
      "Business calendar has no working time for 400 consecutive days"
    )
  })
})
