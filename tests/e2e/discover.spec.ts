import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, openDemo, test } from './support/fixtures'

// Charts ask Trakt for 20 titles a page.
const PAGE_SIZE = 20

test.describe('Discover', () => {
  test('hub rails lead to a filtered, paged chart, a movie, and back to the same grid', async ({
    page,
    shot,
  }, testInfo) => {
    await openDemo(page, '/discover')
    await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
    for (const rail of ['Trending movies', 'Popular movies']) {
      await expect(page.getByRole('list', { name: rail }).getByRole('listitem').first()).toBeVisible()
    }
    // Rails further down load as they come into view.
    await page.getByRole('heading', { name: 'Trending shows' }).scrollIntoViewIfNeeded()
    await expect(
      page.getByRole('list', { name: 'Trending shows' }).getByRole('listitem').first(),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'discover-hub')

    await page.getByRole('link', { name: 'See all: Trending movies' }).click()
    await expect(page).toHaveURL(/\/discover\/movies\/trending$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Trending movies' })).toBeVisible()
    const grid = page.getByRole('list', { name: 'Trending movies' })
    const cards = grid.getByRole('listitem')
    await expect(cards.first()).toBeVisible()
    const total = page.getByText(/^[\d,]+ titles?$/)
    await expect(total).toBeVisible()
    const unfilteredTotal = await total.textContent()
    const firstUnfiltered = await cards.first().getByRole('heading').textContent()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'discover-chart')

    // The filters sit in a side column on wide screens and behind a toggle on phones.
    if (testInfo.project.name === 'phone') {
      await page.getByRole('button', { name: 'Filters', exact: true }).click()
    }
    const filters = page.getByRole('form', { name: 'Filters' })
    await filters.getByRole('button', { name: 'Genres' }).click()
    await filters.getByRole('checkbox', { name: 'Drama' }).check()
    await filters.getByRole('spinbutton', { name: 'Years from' }).fill('1990')
    await filters.getByRole('spinbutton', { name: 'Years to' }).fill('2026')
    await filters.getByRole('button', { name: 'Apply filters' }).click()

    await expect(page).toHaveURL(/[?&]genres=drama(&|$)/)
    await expect(page).toHaveURL(/[?&]years=1990-2026(&|$)/)
    // The grid and its total come from the filtered chart once it has loaded (read both from the same render).
    let filteredTotal = 0
    await expect(async () => {
      const first = await cards.first().getByRole('heading').textContent({ timeout: 1_000 })
      const text = await total.textContent({ timeout: 1_000 })
      expect(first).not.toBe(firstUnfiltered)
      expect(text).not.toBe(unfilteredTotal)
      filteredTotal = Number(text?.replace(/\D/g, ''))
    }).toPass()
    if (testInfo.project.name === 'phone') {
      await expect(page.getByRole('button', { name: 'Filters (2)' })).toBeVisible()
    }
    // More than a page (20), so paging has something to add.
    expect(filteredTotal).toBeGreaterThan(20)
    const firstCount = await cards.count()
    expect(firstCount).toBeLessThan(filteredTotal)

    // The next page joins the grid (by infinite scroll as the end nears, or the button for keyboards).
    // Counted against Trakt's page size, not `firstCount`: infinite scroll may already have started the next page.
    const loadMore = page.getByRole('button', { name: 'Load more titles' })
    if (await loadMore.isVisible()) await loadMore.click()
    await expect(async () =>
      expect(await cards.count()).toBeGreaterThanOrEqual(Math.min(PAGE_SIZE * 2, filteredTotal)),
    ).toPass()
    await expect(total).toHaveText(`${filteredTotal} titles`)
    const filteredUrl = page.url()

    // The first title of the second page.
    const movieLink = cards.nth(PAGE_SIZE).getByRole('link')
    const movieName = (await movieLink.getAttribute('aria-label')) ?? (await movieLink.textContent()) ?? ''
    const movieTitle = movieName.replace(/ \(\d{4}\)$/, '')
    await movieLink.click()
    await expect(page).toHaveURL(/\/movies\//)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(movieTitle)

    await page.goBack()
    await expect(page).toHaveURL(filteredUrl)
    await expect(page.getByRole('heading', { level: 1, name: 'Trending movies' })).toBeVisible()
    await expect(total).toHaveText(`${filteredTotal} titles`)
    await expect(grid.getByRole('link', { name: movieName })).toBeVisible()
  })
})
