import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, openDemo, test } from './support/fixtures'

type DemoList = { id: number; name: string; items: number }

/** A public list of the demo's community, read from the running sandbox. */
async function demoList(page: Page): Promise<DemoList> {
  await page.waitForFunction(() => '__marqueeSandbox' in window)
  return page.evaluate(() => {
    type List = { ids: { trakt: number }; name: string; privacy: string; type: string; items: unknown[] }
    const sandbox = (
      window as unknown as { __marqueeSandbox: { store: { db: { lists: Record<string, List> } } } }
    ).__marqueeSandbox
    const list = Object.values(sandbox.store.db.lists).find(
      (l) => l.privacy === 'public' && l.type === 'personal' && l.items.length >= 4,
    )
    if (!list) throw new Error('no public list in the demo')
    return { id: list.ids.trakt, name: list.name, items: list.items.length }
  })
}

/**
 * Points every image of the demo's catalog at Trakt's real image host, which the sandbox does not answer: the
 * requests go to the network, where the test's network guard refuses them, as when the host is unreachable.
 */
async function makeImageHostUnreachable(page: Page) {
  // The test refuses the host itself (the last route registered runs first), so the guard's "left the machine" check
  // still holds for every other host.
  await page.context().route(/^https:\/\/media\.trakt\.tv\//, (route) => route.abort('blockedbyclient'))
  await page.waitForFunction(() => '__marqueeSandbox' in window)
  await page.evaluate(() => {
    type Db = Record<string, Record<string, { images?: Record<string, string[]> }>>
    const db = (window as unknown as { __marqueeSandbox: { store: { db: Db } } }).__marqueeSandbox.store.db
    for (const table of ['movies', 'shows', 'seasons', 'episodes', 'people']) {
      for (const row of Object.values(db[table] ?? {})) {
        for (const [kind, urls] of Object.entries(row.images ?? {})) {
          row.images![kind] = urls.map((url) => url.replace('media.sandbox-trakt.invalid', 'media.trakt.tv'))
        }
      }
    }
  })
}

/** Images on screen that finished loading with nothing to show: the browser's broken-image icon. */
function brokenImages(page: Page) {
  return page.evaluate(() =>
    [...document.images]
      .filter((img) => img.complete && img.naturalWidth === 0)
      .filter((img) => {
        const box = img.getBoundingClientRect()
        return box.width > 0 && box.height > 0 && getComputedStyle(img).visibility !== 'hidden'
      })
      .map((img) => img.currentSrc || img.src),
  )
}

test.describe('official lists', () => {
  test('a list page shows the list and its items, which lead to their title pages', async ({
    page,
    consoleErrors,
    shot,
  }) => {
    await openDemo(page, '/discover')
    const list = await demoList(page)
    await page.goto(`/lists/${list.id}`)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: list.name })).toBeVisible()
    await expect(main.getByText(`${list.items} items`)).toBeVisible()
    const items = main.getByRole('list', { name: `Items in ${list.name}` })
    await expect(items.getByRole('listitem')).toHaveCount(list.items)
    await expect(items.locator('img').first()).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'list')

    const first = items.getByRole('link').first()
    const href = await first.getAttribute('href')
    expect(href).toMatch(/^\/(movies|shows|people)\//)
    await first.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible()
    expect(consoleErrors).toEqual([])
  })

  test('an unknown list id says the list cannot be found', async ({
    page,
    consoleErrors,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(/Failed to load resource: the server responded with a status of 404/)
    await openDemo(page, '/lists/999999999')
    await expect(
      page.getByRole('main').getByRole('heading', { level: 1, name: "We couldn't find this list" }),
    ).toBeVisible()
    await expectNoHorizontalOverflow(page)
    expect(consoleErrors.filter((e) => !/404/.test(e))).toEqual([])
  })
})

test.describe('images', () => {
  test('with the image host unreachable, show and person pages show placeholders, never broken images', async ({
    page,
    allowConsoleErrors,
  }) => {
    test.slow() // two whole pages and every image on them
    // Chromium reports each refused image; that is the point of this test.
    allowConsoleErrors(/Failed to load resource: net::ERR_(BLOCKED_BY_CLIENT|FAILED)/)
    const refused: string[] = []
    page.context().on('requestfailed', (request) => {
      if (new URL(request.url()).hostname === 'media.trakt.tv') refused.push(request.url())
    })
    await openDemo(page, '/discover')
    await makeImageHostUnreachable(page)
    const shows = page.getByRole('list', { name: 'Trending shows' })
    await page.getByRole('heading', { name: 'Trending shows' }).scrollIntoViewIfNeeded()
    await shows.getByRole('link').first().click()
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible()
    // The people load as the reader comes near them (at once on a wide screen, after some scrolling on a phone).
    await main.getByRole('region', { name: 'Seasons' }).scrollIntoViewIfNeeded()
    const cast = main.getByRole('region', { name: 'Cast' })
    await expect(cast.getByRole('link').first()).toBeVisible()
    await expect(page.locator('[data-placeholder]').first()).toBeAttached()
    // The page did ask for its images, and the host refused them.
    await expect.poll(() => refused.length).toBeGreaterThan(0)
    await expect.poll(() => brokenImages(page)).toEqual([])

    await cast.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/people\//)
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('[data-placeholder]').first()).toBeAttached()
    await expect.poll(() => brokenImages(page)).toEqual([])
  })
})

test.describe('the demo’s service worker', () => {
  test('going from Discover to a show, by a link and by a full page load, logs no error', async ({
    page,
    consoleErrors,
  }) => {
    test.slow() // three full page loads of the demo
    await openDemo(page, '/discover')
    const movies = page.getByRole('list', { name: 'Trending movies' })
    await expect(movies.getByRole('listitem').first()).toBeVisible()
    await page.getByRole('heading', { name: 'Trending shows' }).scrollIntoViewIfNeeded()
    const show = page.getByRole('list', { name: 'Trending shows' }).getByRole('link').first()
    const href = await show.getAttribute('href')
    await show.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()

    // A full load boots the demo again (its sandbox, then the page): slow on a busy machine.
    // Full loads of the same show: msw finds the worker of the page before and updates it.
    await page.goto(href!)
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 })
    await page.reload()
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 })
    // Late rejections (a worker update) would arrive after the page settles.
    await page.waitForTimeout(1000)
    expect(consoleErrors).toEqual([])
  })
})
