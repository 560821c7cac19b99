import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, openDemo, test } from './support/fixtures'

test.describe('search', () => {
  test('typing shows results, and a type chip narrows them', async ({ page, shot }) => {
    await openDemo(page, '/search')
    const box = page.getByRole('searchbox', { name: 'Search Trakt' })
    await expect(box).toBeFocused()
    await box.fill('breaking')
    await expect(page).toHaveURL(/[?&]q=breaking(&|$)/)
    const results = page.getByRole('list', { name: 'Search results' })
    await expect(results.getByRole('link', { name: 'Breaking Bad (2008), show' })).toBeVisible()
    await expect(results.getByRole('link', { name: /, movie$/ }).first()).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /^\d+ results?$/ })).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'search')

    // Movies only: the shows and people go away.
    const types = page.getByRole('group', { name: 'Types' })
    await types.getByRole('button', { name: 'Shows' }).click()
    await types.getByRole('button', { name: 'People' }).click()
    await expect(types.getByRole('button', { name: 'Shows' })).toHaveAttribute('aria-pressed', 'false')
    await expect(page).toHaveURL(/[?&]type=movie(&|$)/)
    await expect(results.getByRole('link', { name: 'Breaking Bad (2008), show' })).toHaveCount(0)
    await expect(results.getByRole('link', { name: /, person$/ })).toHaveCount(0)
    await expect(
      results.getByRole('link', { name: /^El Camino: A Breaking Bad Movie \(2019\), movie$/ }),
    ).toBeVisible()

    await results.getByRole('link', { name: /^El Camino: A Breaking Bad Movie/ }).click()
    await expect(page).toHaveURL(/\/movies\/el-camino-a-breaking-bad-movie-2019$/)
    await expect(page.getByRole('heading', { level: 1, name: /^El Camino/ })).toBeVisible()
  })

  test('an IMDb ID lookup lands on the movie', async ({ page }) => {
    await openDemo(page, '/search/imdb/tt1431045')
    await expect(page).toHaveURL(/\/movies\/deadpool-2016$/)
    await expect(page.getByRole('heading', { level: 1, name: /^Deadpool/ })).toBeVisible()
  })

  test('“/” on another page opens search with the field focused', async ({ page }) => {
    await openDemo(page, '/movies/deadpool-2016')
    await expect(page.getByRole('heading', { level: 1, name: /^Deadpool/ })).toBeVisible()
    await page.keyboard.press('/')
    await expect(page).toHaveURL(/\/search$/)
    const box = page.getByRole('searchbox', { name: 'Search Trakt' })
    await expect(box).toBeFocused()
    // The slash itself is not typed into the field.
    await expect(box).toHaveValue('')
    await page.keyboard.type('arrival')
    await expect(
      page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Arrival (2016), movie' }),
    ).toBeVisible()
  })
})
