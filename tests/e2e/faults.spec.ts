import { expect, expectNoAxeViolations, openDemo, test } from './support/fixtures'

test.describe('faults and rate limits', () => {
  test('a 429 from Trakt shows “slow down”, then the data once Retry-After has passed', async ({
    page,
    allowConsoleErrors,
    shot,
  }) => {
    allowConsoleErrors(/Failed to load resource: the server responded with a status of 429/)
    await openDemo(page, '/demo/faults')
    await expect(page.getByRole('heading', { level: 1, name: 'Sandbox faults' })).toBeVisible()
    const form = page.getByRole('form', { name: 'Add a fault' })
    await form
      .getByRole('combobox', { name: 'Kind' })
      .selectOption({ label: '429 Too Many Requests (with Retry-After)' })
    await form.getByRole('textbox', { name: /^API path/ }).fill('/movies/trending')
    await form.getByRole('spinbutton', { name: 'Retry-After (seconds)' }).fill('5')
    await form.getByRole('spinbutton', { name: /^Times/ }).fill('1')
    await form.getByRole('button', { name: 'Add fault' }).click()
    const active = page.getByRole('region', { name: 'Active faults' })
    await expect(active.getByText('/movies/trending')).toBeVisible()
    await expectNoAxeViolations(page)
    await shot(page, 'demo-faults')

    // In-app navigation: the sandbox (and its faults) live in this page.
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Discover' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
    const slowDown = page
      .getByRole('banner')
      .getByRole('status')
      .filter({ hasText: 'Trakt asked us to slow down' })
    // One look at the status while it is up (it goes when Retry-After has passed: a few seconds).
    await expect(slowDown).toContainText(/resuming in \d+ s/)
    await shot(page, 'rate-limited')
    const trending = page.getByRole('list', { name: 'Trending movies' })
    await expect(trending.getByRole('listitem').first()).toBeVisible({ timeout: 15_000 })
    await expect(slowDown).toHaveCount(0)
    // Used up: the panel no longer lists it.
    await page.getByRole('button', { name: 'Demo mode' }).click()
    await page.getByRole('link', { name: 'Faults and rate limits…' }).click()
    await expect(
      page.getByRole('region', { name: 'Active faults' }).getByText('None: the sandbox answers normally.'),
    ).toBeVisible()
  })
})
