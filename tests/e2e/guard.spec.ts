import { expect, openDemo, test } from './support/fixtures'

// The automatic guard of every test (tests/e2e/support/fixtures.ts) must be able to fail one: these tests do what
// it forbids and are expected to fail.
test.describe('the guard every browser test runs under', () => {
  test('fails a test whose page reaches another host', async ({ page, allowConsoleErrors }) => {
    test.fail()
    // Only the outbound-request check can fail this one: the blocked requests' console errors are allowed.
    allowConsoleErrors(/./)
    // Outside the demo the app talks to Trakt itself: the guard refuses and records every such request.
    // The guard's route refuses it (so the request fails) and records it.
    const refused = page.waitForEvent('requestfailed', (request) =>
      request.url().startsWith('https://api.trakt.tv/'),
    )
    await page.goto('/discover')
    await refused
  })

  test('fails a test whose page logs a console error', async ({ page }) => {
    test.fail()
    await openDemo(page, '/discover')
    await page.evaluate(() => console.error('something broke'))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })

  test('fails a test whose page throws', async ({ page }) => {
    test.fail()
    await openDemo(page, '/discover')
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('uncaught')
      }, 0),
    )
    await page.waitForTimeout(100)
  })
})
