import { expect, expectNoHorizontalOverflow, signInToDemo, test } from './support/fixtures'
import { playRows } from './support/history'

// A scale check, run once at desktop size (the `scale` project): the history journey itself runs at both sizes in
// history.spec.ts. Walking 10,000 plays page by page takes the demo a minute and a half.

test.describe('history at scale', () => {
  test('10,000 plays: scrolls to the last one with a bounded number of rows in the page', async ({
    page,
  }) => {
    test.setTimeout(240_000)
    await signInToDemo(page, '/history')
    await page.waitForFunction(() => '__marqueeSandbox' in window)
    const oldest = await page.evaluate(async () => {
      type Db = {
        movies: Record<string, { ids: { trakt: number }; title: string }>
        userState: Record<string, { history: unknown[] }>
      }
      const sandbox = (
        window as unknown as { __marqueeSandbox: { store: { db: Db; persist: () => Promise<void> } } }
      ).__marqueeSandbox
      const { db } = sandbox.store
      const movies = Object.values(db.movies)
      const start = Date.parse('2026-11-01T20:00:00.000Z')
      // One play an hour back from 1 November: 10,000 plays over about 14 months, oldest last.
      db.userState.demo!.history = Array.from({ length: 10_000 }, (_, i) => ({
        id: 50_000_000 + i,
        watched_at: new Date(start - i * 3_600_000).toISOString(),
        action: 'watch',
        item: { type: 'movie', id: movies[i % movies.length]!.ids.trakt },
      }))
      await sandbox.store.persist()
      const last = movies[9_999 % movies.length]!
      return { title: last.title, watchedAt: new Date(start - 9_999 * 3_600_000).toISOString() }
    })
    await page.reload()
    await expect(playRows(page).first()).toBeVisible()

    // Counts the list's rows after every change the page makes, so "bounded" holds throughout, not only at the end.
    await page.evaluate(() => {
      const ol = document.querySelector('ol[aria-label="Plays, newest first"]')!
      const w = window as unknown as { __maxRows: number }
      w.__maxRows = ol.children.length
      new MutationObserver(() => {
        w.__maxRows = Math.max(w.__maxRows, ol.children.length)
      }).observe(ol, { childList: true })
    })
    const end = page.getByText('The start of your history: 10000 plays.')
    // Down to the bottom, again and again: each time the list comes near its end it asks for the next page.
    for (let step = 0; step < 2_000 && (await end.count()) === 0; step++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await page.waitForTimeout(50)
    }
    // The last play is on the page, with the title and date of the oldest play put in.
    const lastRow = playRows(page).last()
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await expect(end).toBeInViewport({ timeout: 1_000 })
      await expect(lastRow.locator('time')).toHaveAttribute('datetime', oldest.watchedAt, { timeout: 1_000 })
    }).toPass({ timeout: 20_000 })
    await expect(
      lastRow.getByRole('link').and(page.locator(':not([aria-label^="All plays of"])')),
    ).toHaveText(oldest.title)
    await expect(lastRow).toBeInViewport()
    const maxRows = await page.evaluate(() => (window as unknown as { __maxRows: number }).__maxRows)
    expect(maxRows).toBeGreaterThan(5)
    expect(maxRows).toBeLessThan(100)
    await expectNoHorizontalOverflow(page)
  })
})
