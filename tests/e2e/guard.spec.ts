import { expect, openDemo, test } from './support/fixtures'

// The automatic guard of every test (tests/e2e/support/fixtures.ts) must be able to fail one: these tests do what
// it forbids and are expected to fail.
test.describe('the guard every browser test runs under', () => {
  test('fails a test whose page reaches a host the sandbox does not answer', async ({ page }) => {
    test.fail()
    await openDemo(page, '/discover')
    await page.evaluate(() => fetch('https://example.com/tracker.js', { mode: 'no-cors' }).catch(() => null))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
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
