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
  const upNext = page.getByRole('region', { name: 'Up next' })
  await expect(upNext.getByRole('article').first()).toBeVisible()
  const airing = page.getByRole('region', { name: 'Airing soon' })
  await expect(airing.getByRole('heading', { level: 3 })).toHaveCount(2)
  // The demo has paused plays: each with how far in, and a way back to it.
  const paused = page.getByRole('region', { name: 'Continue watching' })
  await expect(paused.getByRole('listitem').first()).toBeVisible()
  const recent = page.getByRole('region', { name: 'Recently watched' })
  await expect(recent.getByRole('listitem')).toHaveCount(5)
  await expect(recent.getByRole('link', { name: 'All of your history' })).toHaveAttribute('href', '/history')
  await expectNoHorizontalOverflow(page)
  await expectNoAxeViolations(page)
  await shot(page, 'home')

  // Marked here, the next episode moves on, on this page and on /progress, and the play leads the history.
  const card = upNext.getByRole('article').first()
  const title = (await card.getAttribute('aria-label'))!
  const mark = card.getByRole('button', { name: /^Mark .* watched$/ })
  const marked = (await mark.textContent())!.match(/S\d+E\d+/)![0]
  await mark.click()
  const bar = page.getByRole('status').filter({ hasText: `Marked ${title} ${marked} watched.` })
  await expect(bar).toBeVisible()
  // Undo is offered once Trakt has the play.
  await expect(bar.getByRole('button', { name: 'Undo' })).toBeEnabled({ timeout: 20_000 })
  await expect(
    upNext.getByRole('article', { name: title, exact: true }).getByRole('button', { name: /^Mark / }),
  ).not.toHaveText(`Mark ${marked} watched`)
  // Recently watched, here, has the play at its top, and so has the history it leads to.
  await expect(recent.getByRole('listitem').first()).toContainText(marked)
  await recent.getByRole('link', { name: 'All of your history' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  await expect(page.locator('li[data-row="play"]').first()).toContainText(marked)
  await page.goBack()
  await upNext.getByRole('link', { name: 'All of your progress' }).click()
  const onProgress = page
    .getByRole('list', { name: 'Up next' })
    .getByRole('article', { name: title, exact: true })
  await expect(onProgress.getByRole('button', { name: /^Mark / })).not.toHaveText(`Mark ${marked} watched`)
})
