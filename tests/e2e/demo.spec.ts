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
