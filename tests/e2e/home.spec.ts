import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  signInToDemo,
  test,
} from './support/fixtures'

test('signed in, / is the day at a glance; each section leads to its page', async ({ page, shot }) => {
  // Signed out, / is Discover: the sign-in round trip comes back there, and the wordmark leads home.
  await signInToDemo(page, '/')
  await expect(page).toHaveURL(/\/discover(\?demo=1)?$/)
  await page.getByRole('banner').getByRole('link', { name: 'Marquee' }).click()
  await expect(page).toHaveURL(/\/(\?demo=1)?$/)
  await expect(page.getByRole('heading', { level: 1, name: /^Hi, / })).toBeVisible()
  const airing = page.getByRole('region', { name: 'Airing soon' })
  await expect(airing.getByRole('heading', { level: 3 })).toHaveCount(2)
  const recent = page.getByRole('region', { name: 'Recently watched' })
  await expect(recent.getByRole('listitem')).toHaveCount(5)
  await expectNoHorizontalOverflow(page)
  await expectNoAxeViolations(page)
  await shot(page, 'home')

  await recent.getByRole('link', { name: 'All of your history' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
})
