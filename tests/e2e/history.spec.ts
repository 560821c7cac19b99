import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  signInToDemo,
  test,
} from './support/fixtures'
import { playList, playRows } from './support/history'

test.describe('history (signed in)', () => {
  test('plays grouped by day, filtered to movies, one removed after confirming', async ({ page, shot }) => {
    await signInToDemo(page, '/history')
    await expect(page).toHaveURL(/\/history(\?demo=1)?$/)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
    await expect(playRows(page).first()).toBeVisible()
    // Day headings inside the list, above their plays.
    const days = playList(page).getByRole('heading', { level: 2 })
    await expect(days.first()).toBeVisible()
    expect(await days.count()).toBeGreaterThan(1)
    await expect(playList(page).locator('li').first()).toHaveAttribute('data-row', 'day')
    await expectNoHorizontalOverflow(page)
    await expectNoAxeViolations(page)
    await shot(page, 'history')

    // Far down the history, a play's page and Back: the list comes back where it was, with the same play in view.
    await page.mouse.wheel(0, 1500)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
    const index = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('li[data-row="play"]')]
      const inView = rows.find((row) => {
        const box = row.getBoundingClientRect()
        return box.top > 120 && box.bottom < window.innerHeight - 80
      })
      return inView?.getAttribute('data-index')
    })
    const deep = page.locator(`li[data-row="play"][data-index="${index}"]`)
    const scrolled = await page.evaluate(() => window.scrollY)
    const playLink = deep.getByRole('link').first()
    const playTitle = (await playLink.textContent())!
    await playLink.click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(playTitle)
    // A new page starts at its top.
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await page.goBack()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled)
    await expect(deep.getByRole('link').first()).toBeInViewport()

    await main.getByLabel('Type').selectOption('movies')
    await expect(page).toHaveURL(/\/history\?(demo=1&)?type=movies$/)
    await expect(playRows(page).first()).toBeVisible()
    // Every play now is a movie: its title links to a movie page (next to "All plays" of that movie).
    const links = playRows(page).getByRole('link').and(page.locator(':not([aria-label^="All plays of"])'))
    await expect(links.first()).toHaveAttribute('href', /^\/movies\//)
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/movies\//)

    const remove = playRows(page)
      .first()
      .getByRole('button', { name: /^Remove the play of / })
    // Names are not unique (the demo can hold two plays of a title in the same minute): count them.
    const name = (await remove.getAttribute('aria-label'))!
    const sameName = page.getByRole('button', { name, exact: true })
    const before = await sameName.count()
    await remove.click()
    const dialog = page.getByRole('dialog', { name: 'Remove this play?' })
    await expect(dialog).toBeVisible()
    await expectNoAxeViolations(page)
    const sent = page.waitForRequest(
      (request) => request.method() === 'POST' && request.url().endsWith('/sync/history/remove'),
    )
    await dialog.getByRole('button', { name: 'Remove play' }).click()
    expect((await sent).postDataJSON()).toEqual({ ids: [expect.any(Number)] })
    await expect(dialog).toBeHidden()
    await expect(sameName).toHaveCount(before - 1)
    // Focus moves on to the next play's Remove, not to the page's start.
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Remove the play of /)

    // Watched again, on a chosen day: the sandbox records it with that moment.
    await playRows(page)
      .first()
      .getByRole('button', { name: /^Add a play of / })
      .click()
    const add = page.getByRole('dialog', { name: 'Add a play' })
    await add.getByLabel('When did you watch it?').fill('2026-11-20T21:30')
    const added = page.waitForRequest(
      (request) => request.method() === 'POST' && request.url().endsWith('/sync/history'),
    )
    await add.getByRole('button', { name: 'Add play' }).click()
    expect(JSON.stringify((await added).postDataJSON())).toContain(
      `"watched_at":"${await page.evaluate(() => new Date(2026, 10, 20, 21, 30).toISOString())}"`,
    )
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Added a play of')
    // Trakt (the sandbox) has forgotten it: it stays gone after a reload.
    await page.reload()
    await expect(playRows(page).first()).toBeVisible()
    await expect(sameName).toHaveCount(before - 1)
    await expectNoHorizontalOverflow(page)
  })
})

test('history asks a visitor to sign in', async ({ page }) => {
  await page.goto('/history')
  await expect(page.getByRole('heading', { name: 'Sign in to see your history' })).toBeVisible()
  await expectNoHorizontalOverflow(page)
  await expectNoAxeViolations(page)
})
