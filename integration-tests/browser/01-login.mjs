import { allowResponse, login, settle } from "./lib/harness.mjs"

export const tests = [
  {
    name: "logs in through the admin login form",
    allow: [
      // Before logging in, the dashboard asks who the current user is; the session check
      // answers 401, which is what sends it to the login form.
      allowResponse(401, /\/admin\/users\/me(\?|$)/, "session check before login"),
    ],
    async run({ page, baseUrl, screenshot }) {
      await login(page, baseUrl, { onFormFilled: () => screenshot("login-form") })
      await settle(page)
      await screenshot("after-login")
    },
  },
]
