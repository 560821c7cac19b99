import type { Page } from '@playwright/test'
import { addSandboxFault, expect, expectNoAxeViolations, signInToDemo, test } from './support/fixtures'

const MOVIE_SLUG = 'hoppers-2026'
const MOVIE_PATH = `/movies/${MOVIE_SLUG}`

/**
 * Signs in on the movie's page and leaves the demo user with nothing of the movie: no play, watchlist entry,
 * rating, collection or list entry. The demo's seed is drawn around today's date, so on some days it has the
 * user watch or collect this movie.
 */
async function signInWithMovieUntouched(page: Page) {
  await signInToDemo(page, MOVIE_PATH)
  await page.waitForFunction(() => '__marqueeSandbox' in window)
  await page.evaluate(async (slug) => {
    type Ref = { item: { type: string; id: number } }
    type Db = {
      movies: Record<string, { ids: { trakt: number; slug: string } }>
      userState: Record<string, Record<'history' | 'watchlist' | 'ratings' | 'collection', Ref[]>>
      lists: Record<string, { items: Ref[] }>
    }
    const sandbox = (
      window as unknown as { __marqueeSandbox: { store: { db: Db; persist: () => Promise<void> } } }
    ).__marqueeSandbox
    const { db } = sandbox.store
    const movie = Object.values(db.movies).find((m) => m.ids.slug === slug)
    if (!movie) throw new Error(`no movie ${slug} in the demo`)
    const keep = (ref: Ref) => !(ref.item.type === 'movie' && ref.item.id === movie.ids.trakt)
    const state = db.userState.demo!
    for (const key of ['history', 'watchlist', 'ratings', 'collection'] as const)
      state[key] = state[key].filter(keep)
    for (const list of Object.values(db.lists)) list.items = list.items.filter(keep)
    await sandbox.store.persist()
  }, MOVIE_SLUG)
  // The page read the seeded state: load it again from the sandbox as it is now.
  await page.reload()
}

test.describe('title actions (signed in)', () => {
  test('add to watchlist, rate and mark watched; the state survives a reload', async ({ page, shot }) => {
    await signInWithMovieUntouched(page)
    await expect(page).toHaveURL(new RegExp(`${MOVIE_PATH}(\\?|$)`))
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: /^Hoppers/ })).toBeVisible()
    const actions = main.getByRole('region', { name: 'Your actions' })
    const status = actions.getByRole('list', { name: 'Your status' })
    const addToWatchlist = actions.getByRole('button', { name: 'Add to watchlist' })
    await expect(addToWatchlist).toBeEnabled()
    await expect(status).toHaveCount(0)

    await addToWatchlist.click()
    await expect(status.getByText('In your watchlist')).toBeVisible()
    await expect(actions.getByRole('button', { name: 'Remove from watchlist' })).toBeVisible()

    const rating = actions.getByRole('radiogroup', { name: 'Your rating' })
    await rating.getByRole('radio', { name: '8 — Great' }).click()
    await expect(rating.getByRole('radio', { name: '8 — Great' })).toBeChecked()
    await expect(status.getByText('Your rating: 8')).toBeVisible()

    await actions.getByRole('button', { name: 'Mark as watched…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Mark as watched' })
    await dialog.getByRole('radio', { name: 'Just now' }).check()
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: 'Mark as watched' }).click()
    await expect(dialog).toBeHidden()
    await expect(status.getByText(/^Watched once/)).toBeVisible()
    // Trakt takes a watched movie off the watchlist; the page follows.
    await expect(status.getByText('In your watchlist')).toHaveCount(0)
    await addToWatchlist.click()
    await expect(status.getByText('In your watchlist')).toBeVisible()
    await expectNoAxeViolations(page)
    await shot(page, 'movie-signed-in')

    // The sandbox keeps its state in IndexedDB: a reload reads it back.
    await page.reload()
    await expect(main.getByRole('heading', { level: 1, name: /^Hoppers/ })).toBeVisible()
    await expect(status.getByText('In your watchlist')).toBeVisible()
    await expect(status.getByText('Your rating: 8')).toBeVisible()
    await expect(status.getByText(/^Watched once/)).toBeVisible()
    await expect(rating.getByRole('radio', { name: '8 — Great' })).toBeChecked()

    // Away and back again: the state is still shown.
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Discover' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Discover' })).toBeVisible()
    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`${MOVIE_PATH}(\\?|$)`))
    await expect(status.getByText('In your watchlist')).toBeVisible()
    await expect(status.getByText('Your rating: 8')).toBeVisible()
  })

  test('a failed watchlist write rolls back and says why', async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource: the server responded with a status of 50\d/)
    await signInWithMovieUntouched(page)
    const actions = page.getByRole('main').getByRole('region', { name: 'Your actions' })
    const add = actions.getByRole('button', { name: 'Add to watchlist' })
    await expect(add).toBeEnabled()

    await addSandboxFault(page, { kind: 'server-error', path: '/sync/watchlist', method: 'POST' })
    await add.click()
    await expect(actions.getByRole('alert')).toContainText('Could not add to your watchlist.')
    // Rolled back: still offers to add, and the status does not claim it.
    await expect(add).toBeVisible()
    await expect(actions.getByText('In your watchlist')).toHaveCount(0)
  })
})
