import type { Page } from '@playwright/test'

/**
 * Leaves the demo user with nothing of these movies (plays, paused positions) and no active check-in, and saves
 * the sandbox: the demo's seed is drawn around today's date, so on some days it has the user watch or pause them.
 */
export async function forgetMovies(page: Page, slugs: string[]) {
  await page.waitForFunction(() => '__marqueeSandbox' in window)
  await page.evaluate(async (wanted) => {
    type Ref = { item: { type: string; id: number } }
    type Db = {
      movies: Record<string, { ids: { trakt: number; slug: string } }>
      userState: Record<string, { history: Ref[]; playback: Ref[]; checkin: Ref | null }>
    }
    const sandbox = (
      window as unknown as { __marqueeSandbox: { store: { db: Db; persist: () => Promise<void> } } }
    ).__marqueeSandbox
    const { db } = sandbox.store
    const ids = new Set(
      Object.values(db.movies)
        .filter((m) => wanted.includes(m.ids.slug))
        .map((m) => m.ids.trakt),
    )
    if (ids.size !== wanted.length) throw new Error(`not every movie of ${wanted.join(', ')} is in the demo`)
    const keep = (ref: Ref) => !(ref.item.type === 'movie' && ids.has(ref.item.id))
    const state = db.userState.demo!
    state.history = state.history.filter(keep)
    state.playback = state.playback.filter(keep)
    state.checkin = null
    await sandbox.store.persist()
  }, slugs)
}
