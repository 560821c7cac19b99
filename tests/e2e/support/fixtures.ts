import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

type Fixtures = {
  /**
   * Console errors and page errors seen so far. Every test is guarded (an automatic fixture): the test fails if any
   * remain at the end that `allowConsoleErrors` did not allow.
   */
  consoleErrors: string[]
  /**
   * Lets a test expect some console errors, e.g. Chromium's "Failed to load resource: … 503" for a fault the test
   * injected on purpose. Anything else still fails the test.
   */
  allowConsoleErrors: (pattern: RegExp) => void
  /** Takes a screenshot of the viewport into `$SHOTS_DIR` (when set) as `<name>-<project>.png`; a no-op otherwise. */
  shot: (page: Page, name: string) => Promise<void>
}

type Guard = {
  allowedConsoleErrors: RegExp[]
  /** Requests that would have left this machine: none may (see `guard`). */
  outboundRequests: string[]
  guard: void
}

export const test = base.extend<Fixtures & Guard>({
  // Playwright reads the fixtures a fixture needs from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  allowedConsoleErrors: async ({}, provide) => {
    await provide([])
  },
  // eslint-disable-next-line no-empty-pattern
  outboundRequests: async ({}, provide) => {
    await provide([])
  },
  allowConsoleErrors: async ({ allowedConsoleErrors }, provide) => {
    await provide((pattern) => {
      allowedConsoleErrors.push(pattern)
    })
  },
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await provide(errors)
  },
  // Runs for every test, whether it asks for `consoleErrors` or not: a stray console error or page error fails it,
  // and so does any request to another host that the demo's service worker (the sandbox) did not answer. Requests
  // the worker answers never reach the network, so they never reach this route; everything else is aborted and
  // recorded.
  guard: [
    async ({ page, consoleErrors, allowedConsoleErrors, outboundRequests }, provide) => {
      await page.context().route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, async (route) => {
        outboundRequests.push(`${route.request().method()} ${route.request().url()}`)
        await route.abort('blockedbyclient')
      })
      await provide()
      expect(outboundRequests, 'requests that left the machine').toEqual([])
      const unexpected = consoleErrors.filter(
        (text) => !allowedConsoleErrors.some((pattern) => pattern.test(text)),
      )
      expect(unexpected, 'console errors').toEqual([])
    },
    { auto: true },
  ],
  // eslint-disable-next-line no-empty-pattern
  shot: async ({}, provide, testInfo) => {
    await provide(async (page, name) => {
      const dir = process.env.SHOTS_DIR
      if (!dir) return
      await page.screenshot({ path: `${dir}/${name}-${testInfo.project.name}.png` })
    })
  },
})

export { expect }

/** Opens the app in demo mode (the sandbox in the browser) and waits until it is ready. */
export async function openDemo(page: Page, path = '/discover') {
  const url = new URL(path, 'http://x')
  url.searchParams.set('demo', '1')
  await page.goto(url.pathname + url.search)
  // A first start seeds the sandbox (4 MB of titles, users and history) and saves it to IndexedDB before the worker
  // registers: about a second on a quiet machine, over ten on a busy CI runner.
  await expect(page.getByText('Demo', { exact: true }).first()).toBeVisible({ timeout: 30_000 })
}

/** Signs in to the sandbox through its authorization page (the full PKCE round trip) and comes back to `returnTo`. */
export async function signInToDemo(page: Page, returnTo = '/discover') {
  await openDemo(page, returnTo)
  // The header's "Sign in" starts the round trip from the current page and comes back to it.
  await page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/demo\/oauth\/authorize/)
  await page.getByRole('button', { name: 'Approve' }).click()
  // The callback is a full page load: the sandbox starts again from IndexedDB before the code is exchanged.
  await expect(page).not.toHaveURL(/\/auth\/callback|\/demo\/oauth/, { timeout: 30_000 })
  await expect(page.getByRole('button', { name: /^Account: / })).toBeVisible()
}

/** Fails with the list of axe violations on the current page. */
export async function expectNoAxeViolations(page: Page) {
  // A whole-page scan injects axe (half a megabyte) and walks every node: 3 to 8 s here, more on a busy CI machine.
  // Each scan brings its own time, so a journey that checks several pages is not cut short by the per-test budget.
  const info = test.info()
  info.setTimeout(info.timeout + 15_000)
  // Only violations are collected: axe then skips gathering every passing node (about a third of the scan).
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s): ${v.nodes[0]?.target.join(' ')}`,
  )
  expect(summary).toEqual([])
}

/** A fault for the page's sandbox (the shape of `sandbox.faults.add`, without the id). */
export type SandboxFaultRule = {
  kind: 'rate-limit' | 'server-error' | 'network' | 'slow' | 'expired-token'
  path: string
  method?: string
  retryAfter?: number
  status?: number
  delayMs?: number
  remaining?: number
}

/** Adds a fault to the running sandbox of `page` (lost on a full reload: the sandbox lives in the page). */
export async function addSandboxFault(page: Page, rule: SandboxFaultRule) {
  await page.waitForFunction(() => '__marqueeSandbox' in window)
  await page.evaluate((r) => {
    const sandbox = (
      window as unknown as { __marqueeSandbox: { faults: { add: (rule: unknown) => unknown } } }
    ).__marqueeSandbox
    sandbox.faults.add(r)
  }, rule)
}

/** Fails when the page scrolls sideways (something wider than the viewport, e.g. at 390 px). */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'page wider than the viewport by (px)').toBeLessThanOrEqual(0)
}
