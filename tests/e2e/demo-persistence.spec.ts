import { expect, openDemo, test } from './support/fixtures'

test('the demo keeps a fresh sign-in across an immediate reload', async ({ page }) => {
  await openDemo(page, '/discover')
  await page.getByRole('button', { name: 'Sign in' }).first().click()
  await page.getByRole('button', { name: 'Approve' }).click()
  // The moment the app holds the new token (before the callback page has even moved on)...
  await page.waitForFunction(() => localStorage.getItem('marquee.demo.session')?.includes('access_token'))
  // ...reload: the sandbox restores itself from IndexedDB and must still know the new token.
  await page.goto('/movies/deadpool-2016')
  await expect(page.getByRole('heading', { level: 1, name: /^Deadpool/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Account: / })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign in to track this' })).toHaveCount(0)
})
