import {
  SeparationOfDutiesError,
  assertDifferentActors,
} from "../separation-of-duties"

describe("assertDifferentActors", () => {
  it("throws when the requester decides on their own request", () => {
    expect(() => assertDifferentActors("user_1", "user_1")).toThrow(
      SeparationOfDutiesError
    )
  })

  it("names the action in a readable message", () => {
    expect(() => assertDifferentActors("user_1", "user_1", "reject")).toThrow(
      /cannot reject a request that you made yourself/
    )
    expect(() => assertDifferentActors("user_1", "user_1")).toThrow(
      /cannot approve a request/
    )
  })

  it("throws an Error subclass with its own name", () => {
    let caught: unknown
    try {
      assertDifferentActors("user_1", "user_1")
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(Error)
    expect((caught as Error).name).toBe("SeparationOfDutiesError")
  })

  it("allows a different person to decide", () => {
    expect(() => assertDifferentActors("user_1", "user_2")).not.toThrow()
  })

  it("allows a decision when the requester is unknown", () => {
    expect(() => assertDifferentActors(null, "user_1")).not.toThrow()
    expect(() => assertDifferentActors(undefined, "user_1")).not.toThrow()
    expect(() => assertDifferentActors("", "user_1")).not.toThrow()
  })

  it("compares ids exactly", () => {
    expect(() => assertDifferentActors("user_1", "USER_1")).not.toThrow()
    expect(() => assertDifferentActors("user_1", "user_10")).not.toThrow()
  })
})
