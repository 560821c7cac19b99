import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

type Fixtures = {
  /** Console errors and page errors seen during the test; the test fails if any remain at the end. */
  consoleErrors: string[]
}

export const test = base.extend<Fixtures>({
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    // Nothing may leave this machine: every request goes to the preview server or is answered by the sandbox.
    await page.context().route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'))
    await provide(errors)
    expect(errors, 'console errors').toEqual([])
  },
})

export { expect }

/** Opens the app in demo mode (the sandbox in the browser) and waits until it is ready. */
export async function openDemo(page: Page, path = '/discover') {
  const url = new URL(path, 'http://x')
  url.searchParams.set('demo', '1')
  await page.goto(url.pathname + url.search)
  await expect(page.getByText('Demo', { exact: true }).first()).toBeVisible()
}

/** Signs in to the sandbox through its authorization page (the full PKCE round trip) and comes back to `returnTo`. */
export async function signInToDemo(page: Page, returnTo = '/discover') {
  await openDemo(page, returnTo)
  await page.goto('/signin')
  await page.getByRole('button', { name: 'Sign in with Trakt' }).click()
  await expect(page).toHaveURL(/\/demo\/oauth\/authorize/)
  await page.getByRole('button', { name: 'Approve' }).click()
  await expect(page).not.toHaveURL(/\/auth\/callback|\/demo\/oauth/)
}

/** Fails with the list of axe violations on the current page. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s): ${v.nodes[0]?.target.join(' ')}`)
  expect(summary).toEqual([])
}
