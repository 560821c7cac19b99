import type { Page } from '@playwright/test'
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  openDemo,
  signInToDemo,
  test,
} from './support/fixtures'

/** Holds every script of the app until the returned function is called: what shows is index.html alone. */
async function holdScripts(page: Page) {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held
    await route.continue()
  })
  return release
}

test.describe('app shell', () => {
  test('the dark theme persists across a reload, and discover and a movie pass axe in it', async ({
    page,
    shot,
  }) => {
    await openDemo(page, '/discover')
    const html = page.locator('html')
    await expect(html).toHaveAttribute('data-theme', 'light')
    // The page has loaded (the shell around the first page's skeleton has its own, short-lived menu).
    await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
    await page.getByRole('button', { name: 'Theme' }).click()
    // The radio itself is visually hidden inside its label, which is what a user clicks.
    await page.getByRole('group', { name: 'Theme' }).getByText('Dark', { exact: true }).click()
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
    await expect(html).toHaveAttribute('data-theme', 'dark')

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
    await expect(html).toHaveAttribute('data-theme', 'dark')
    await page.getByRole('button', { name: 'Theme' }).click()
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
    await page.keyboard.press('Escape')
    await expect(
      page.getByRole('list', { name: 'Trending movies' }).getByRole('listitem').first(),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    await shot(page, 'discover-hub-dark')

    await page.getByRole('list', { name: 'Trending movies' }).getByRole('link').first().click()
    await expect(page).toHaveURL(/\/movies\//)
    await expect(page.getByRole('region', { name: 'Cast' })).toBeVisible()
    await expectNoAxeViolations(page)
    await shot(page, 'movie-dark')

    await page.goto('/no-such-page')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(html).toHaveAttribute('data-theme', 'dark')
    await expectNoAxeViolations(page)
    await shot(page, 'not-found-dark')
  })

  test('phones get the bottom tab bar, wider screens the top navigation', async ({ page }, testInfo) => {
    await openDemo(page, '/discover')
    const nav = page.getByRole('navigation', { name: 'Primary' })
    // Only one of the two is ever shown (the other is display: none).
    await expect(nav).toHaveCount(1)
    await expect(nav.getByRole('link')).toHaveText([
      'Discover',
      'Calendar',
      'Progress',
      'Watchlist',
      'Lists',
      'Search',
      'Profile',
    ])
    await expect(nav.getByRole('link', { name: 'Discover' })).toHaveAttribute('aria-current', 'page')
    const isInHeader = await nav.evaluate((element) => element.closest('header') !== null)
    const box = await nav.boundingBox()
    const viewport = page.viewportSize()
    if (testInfo.project.name === 'phone') {
      expect(isInHeader).toBe(false)
      expect(box && viewport && Math.round(box.y + box.height)).toBe(viewport?.height)
    } else {
      expect(isInHeader).toBe(true)
      expect(box && box.y).toBeLessThan(80)
    }
    await nav.getByRole('link', { name: 'Search' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Search' })).toHaveAttribute('aria-current', 'page')
    await expectNoHorizontalOverflow(page)
  })

  test('an unknown address shows a 404 page that leads back to Discover', async ({ page, shot }) => {
    await openDemo(page, '/this/is/not/a/page')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page).toHaveTitle(/Page not found/)
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'not-found')
    await page.getByRole('main').getByRole('link', { name: 'Go to Discover' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
  })

  test('the first Tab reaches “Skip to content”, which moves focus to the main content', async ({ page }) => {
    await openDemo(page, '/discover')
    await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
    // The next Tab continues inside the main content, past the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
  })

  test('before its code runs, Discover paints its own header and rails from index.html', async ({ page }) => {
    const release = await holdScripts(page)

    await page.goto('/discover?demo=1', { waitUntil: 'commit' })
    await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
    await expect(page.getByText('What the Trakt community is watching')).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: 'Trending movies' })).toBeVisible()
    await expect(page.getByRole('status', { name: 'Loading Popular movies' })).toBeVisible()
    // The generic page skeleton is not painted as well.
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0)

    release()
    // React takes over in place: the same header, now with the account controls.
    await expect(page.getByText('Demo', { exact: true }).first()).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  })

  test('a page other than Discover paints the frame and a skeleton before its code runs', async ({
    page,
  }) => {
    const release = await holdScripts(page)

    await page.goto('/movies/deadpool-2016?demo=1', { waitUntil: 'commit' })
    await expect(page.getByRole('banner').getByRole('link', { name: 'Marquee' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(1)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0)

    release()
    await expect(page.getByText('Demo', { exact: true }).first()).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('heading', { level: 1, name: 'Deadpool' })).toBeVisible()
  })

  test('a signed-out visit never downloads the session module; a signed-in one preloads it with the entry', async ({
    page,
  }) => {
    const sessionModule = /\/assets\/default-session-[\w-]+\.js$/
    const fetched: string[] = []
    page.on('request', (request) => {
      if (sessionModule.test(new URL(request.url()).pathname)) fetched.push(request.url())
    })
    await openDemo(page, '/discover')
    await expect(
      page.getByRole('list', { name: 'Trending movies' }).getByRole('listitem').first(),
    ).toBeVisible()
    expect(fetched).toEqual([])

    await signInToDemo(page, '/discover')
    await page.reload()
    await expect(page.getByRole('button', { name: /^Account: / })).toBeVisible()
    const preloads = await page
      .locator('head link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname))
    expect(preloads.filter((path) => sessionModule.test(path))).toHaveLength(1)
  })
})
