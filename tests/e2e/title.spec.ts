import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, openDemo, test } from './support/fixtures'

test.describe('title pages', () => {
  test('a movie page shows its facts, cast, ratings and related movies, and leads to a person’s credits', async ({
    page,
    shot,
  }) => {
    await openDemo(page, '/movies/deadpool-2016')
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: /^Deadpool/ })).toBeVisible()
    await expect(main.getByRole('term').filter({ hasText: 'Released' })).toBeVisible()
    await expect(main.getByRole('term').filter({ hasText: 'Runtime' })).toBeVisible()
    await expect(main.getByRole('img', { name: /^Rated \d+%/ }).first()).toBeVisible()

    const ratings = main.getByRole('region', { name: 'Ratings' })
    await expect(ratings.getByText(/\/ 10 from [\d,]+ votes/)).toBeVisible()
    await expect(
      ratings.getByRole('list', { name: 'Rating distribution' }).getByRole('listitem'),
    ).toHaveCount(10)

    const cast = main.getByRole('region', { name: 'Cast' })
    await expect(cast.getByRole('link', { name: 'Ryan Reynolds' })).toBeVisible()
    await expect(cast.getByText('Wade Wilson / Deadpool')).toBeVisible()

    const related = main.getByRole('region', { name: 'Related movies' })
    await expect(
      related.getByRole('list', { name: 'Related movies' }).getByRole('link').first(),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'movie')

    await cast.getByRole('link', { name: 'Ryan Reynolds' }).click()
    await expect(page).toHaveURL(/\/people\/ryan-reynolds$/)
    await expect(main.getByRole('heading', { level: 1, name: 'Ryan Reynolds' })).toBeVisible()
    const movies = main.getByRole('region', { name: 'Movies' })
    await expect(movies.getByRole('link', { name: 'Deadpool', exact: true })).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'person')
  })

  test('a show leads to a season, an episode, and the episodes next to it', async ({ page, shot }) => {
    await openDemo(page, '/shows/breaking-bad')
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: /^Breaking Bad/ })).toBeVisible()
    await expect(main.getByRole('region', { name: 'Next episode' })).toBeVisible()
    const lastEpisode = main.getByRole('region', { name: 'Last episode' })
    await expect(lastEpisode.getByRole('link', { name: /^S\d+E\d+ / })).toBeVisible()
    const seasons = main.getByRole('list', { name: 'Seasons' })
    await expect(seasons.getByRole('link', { name: /^Season \d+, \d+ episodes?$/ }).first()).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'show')

    await seasons.getByRole('link', { name: /^Season 1,/ }).click()
    await expect(page).toHaveURL(/\/shows\/breaking-bad\/seasons\/1$/)
    await expect(main.getByRole('heading', { level: 1, name: 'Season 1' })).toBeVisible()
    const episodes = main.getByRole('region', { name: 'Episodes' })
    const episodeLink = (n: number) =>
      episodes.getByRole('link').and(page.locator(`[href$="/seasons/1/episodes/${n}"]`))
    await expect(episodeLink(1)).toBeVisible()
    await expect(main.getByRole('link', { name: 'Breaking Bad', exact: true })).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'season')

    const second = episodeLink(2)
    const secondTitle = ((await second.textContent()) ?? '').trim()
    expect(secondTitle).not.toBe('')
    await second.click()
    await expect(page).toHaveURL(/\/shows\/breaking-bad\/seasons\/1\/episodes\/2$/)
    await expect(main.getByRole('heading', { level: 1, name: secondTitle })).toBeVisible()
    await expect(main.getByRole('definition').filter({ hasText: 'S01E02' })).toBeVisible()
    const around = main.getByRole('navigation', { name: 'Episodes' })
    await expect(around.getByRole('link', { name: /^Previous episode: S01E01 / })).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'episode')

    await around.getByRole('link', { name: /^Next episode: S01E03 / }).click()
    await expect(page).toHaveURL(/\/episodes\/3$/)
    await expect(main.getByRole('definition').filter({ hasText: 'S01E03' })).toBeVisible()
    await around.getByRole('link', { name: /^Previous episode: S01E02 / }).click()
    await expect(main.getByRole('heading', { level: 1, name: secondTitle })).toBeVisible()

    await main.getByRole('link', { name: 'Season 1', exact: true }).click()
    await expect(main.getByRole('heading', { level: 1, name: 'Season 1' })).toBeVisible()
    await main.getByRole('link', { name: 'Breaking Bad', exact: true }).click()
    await expect(page).toHaveURL(/\/shows\/breaking-bad$/)
    await expect(main.getByRole('heading', { level: 1, name: /^Breaking Bad/ })).toBeVisible()
  })
})
