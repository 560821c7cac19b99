import { expect, expectNoAxeViolations, openDemo, test } from './support/fixtures'

test('the demo shows a populated app with no console errors', async ({ page }) => {
  await openDemo(page, '/discover')
  await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
  // Rails fill from the sandbox: titles with posters.
  const trending = page.getByRole('list', { name: 'Trending movies' })
  await expect(trending.getByRole('listitem').first()).toBeVisible()
  expect(await trending.getByRole('listitem').count()).toBeGreaterThan(5)
  await expect(trending.locator('img').first()).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a demo page never reaches another host, even for a request the sandbox does not answer', async ({
  page,
  allowConsoleErrors,
}) => {
  await openDemo(page, '/discover')
  // The worker's own rule (public/demo-worker.js), not the sandbox's handlers: msw lets this one through, and the
  // guard would record it if it left the machine.
  allowConsoleErrors(/unanswered\.example\.invalid|Failed to load resource/)
  const outcome = await page.evaluate(() =>
    fetch('https://unanswered.example.invalid/ping').then(
      (response) => `answered ${response.status}`,
      () => 'network error',
    ),
  )
  expect(outcome).toBe('network error')
})
