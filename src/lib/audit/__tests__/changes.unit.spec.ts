import { REDACTED, describeChanges } from "../changes"

describe("describeChanges", () => {
  it("describes a created record with before null", () => {
    expect(
      describeChanges(null, { id: "tkt_1", subject: "Broken screen", priority: 2 })
    ).toEqual({
      id: { before: null, after: "tkt_1" },
      subject: { before: null, after: "Broken screen" },
      priority: { before: null, after: 2 },
    })
  })

  it("describes a deleted record with after null", () => {
    expect(describeChanges({ id: "tkt_1", subject: "Broken screen" }, undefined)).toEqual({
      id: { before: "tkt_1", after: null },
      subject: { before: "Broken screen", after: null },
    })
  })

  it("lists only the fields that changed on an update", () => {
    expect(
      describeChanges(
        { id: "tkt_1", status: "open", subject: "Broken screen", priority: 2 },
        { id: "tkt_1", status: "closed", subject: "Broken screen", priority: 3 }
      )
    ).toEqual({
      status: { before: "open", after: "closed" },
      priority: { before: 2, after: 3 },
    })
  })

  it("reports a field that appears or disappears", () => {
    expect(describeChanges({ id: "a" }, { id: "a", note: "x" })).toEqual({
      note: { before: null, after: "x" },
    })
    expect(describeChanges({ id: "a", note: "x" }, { id: "a" })).toEqual({
      note: { before: "x", after: null },
    })
  })

  it("treats undefined and null as the same value", () => {
    expect(describeChanges({ note: undefined }, { note: null })).toBeNull()
  })

  it("keeps falsy values that really changed", () => {
    expect(describeChanges({ count: 1, active: true }, { count: 0, active: false })).toEqual({
      count: { before: 1, after: 0 },
      active: { before: true, after: false },
    })
  })

  it("ignores created_at, updated_at and deleted_at", () => {
    expect(
      describeChanges(
        { id: "a", updated_at: new Date("2024-01-01"), created_at: "x", deleted_at: null },
        { id: "a", updated_at: new Date("2024-02-01"), created_at: "y", deleted_at: new Date() }
      )
    ).toBeNull()
  })

  it("redacts secrets but still reports that they changed", () => {
    expect(
      describeChanges(
        { secret: "whsec_old", password: "a", token: "t1", api_key: "k1", url: "https://a" },
        { secret: "whsec_new", password: "b", token: "t2", api_key: "k2", url: "https://a" }
      )
    ).toEqual({
      secret: { before: REDACTED, after: REDACTED },
      password: { before: REDACTED, after: REDACTED },
      token: { before: REDACTED, after: REDACTED },
      api_key: { before: REDACTED, after: REDACTED },
    })
  })

  it("shows a secret that was set or cleared as null on the empty side", () => {
    expect(describeChanges(null, { secret: "whsec_1" })).toEqual({
      secret: { before: null, after: REDACTED },
    })
    expect(describeChanges({ secret: "whsec_1" }, null)).toEqual({
      secret: { before: REDACTED, after: null },
    })
  })

  it("never leaks a secret value anywhere in the output", () => {
    const output = JSON.stringify(
      describeChanges({ secret: "whsec_old" }, { secret: "whsec_new" })
    )
    expect(output).not.toContain("whsec_old")
    expect(output).not.toContain("whsec_new")
  })

  it("compares Date values by instant", () => {
    expect(
      describeChanges(
        { due_at: new Date("2024-05-01T10:00:00Z") },
        { due_at: new Date("2024-05-01T10:00:00.000Z") }
      )
    ).toBeNull()

    const before = new Date("2024-05-01T10:00:00Z")
    const after = new Date("2024-05-02T10:00:00Z")
    expect(describeChanges({ due_at: before }, { due_at: after })).toEqual({
      due_at: { before, after },
    })
  })

  it("compares arrays by content and order", () => {
    expect(
      describeChanges({ permissions: ["a:read", "b:read"] }, { permissions: ["a:read", "b:read"] })
    ).toBeNull()
    expect(
      describeChanges({ permissions: ["a:read"] }, { permissions: ["a:read", "b:read"] })
    ).toEqual({ permissions: { before: ["a:read"], after: ["a:read", "b:read"] } })
  })

  it("compares plain JSON objects (metadata) by content", () => {
    expect(describeChanges({ metadata: { a: 1 } }, { metadata: { a: 1 } })).toBeNull()
    expect(describeChanges({ metadata: { a: 1 } }, { metadata: { a: 2 } })).toEqual({
      metadata: { before: { a: 1 }, after: { a: 2 } },
    })
  })

  it("skips loaded related entities (objects with an id)", () => {
    expect(
      describeChanges(
        { id: "ra_1", role_id: "r1", role: { id: "r1", name: "agent" } },
        { id: "ra_1", role_id: "r2", role: { id: "r2", name: "technician" } }
      )
    ).toEqual({ role_id: { before: "r1", after: "r2" } })

    expect(describeChanges({ role: null }, { role: { id: "r1" } })).toBeNull()
  })

  it("does not report empty lists on a created record, but does report a list emptied", () => {
    expect(describeChanges(null, { id: "r1", assignments: [], permissions: [] })).toEqual({
      id: { before: null, after: "r1" },
    })
    expect(describeChanges({ permissions: ["a:read"] }, { permissions: [] })).toEqual({
      permissions: { before: ["a:read"], after: [] },
    })
  })

  it("skips loaded lists of related entities", () => {
    expect(
      describeChanges(null, { id: "r1", name: "desk", assignments: [{ id: "ra_1" }] })
    ).toEqual({
      id: { before: null, after: "r1" },
      name: { before: null, after: "desk" },
    })
  })

  it("returns null when nothing changed", () => {
    expect(describeChanges({ id: "a", status: "open" }, { id: "a", status: "open" })).toBeNull()
    expect(describeChanges(null, null)).toBeNull()
    expect(describeChanges({}, {})).toBeNull()
  })
})
