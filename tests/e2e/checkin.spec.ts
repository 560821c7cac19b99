import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, openDemo, test } from './support/fixtures'
import { forgetMovies } from './support/watching'

const MATRIX = '/movies/the-matrix-1999'
// The signed-in chunks: the title page's check-in and watch timer, and the header's "watching now".
const SIGNED_IN_CHUNKS = /\/assets\/(watch-actions-panel|watching-now-chip)-[\w-]+\.js$/

test.describe('watching (signed in)', () => {
  test('watch timer through pause, reload and stop; check-in with sharing, and a 409 that cancels it and checks in again; watching now in the header and on the profile', async ({
    page,
    shot,
    allowConsoleErrors,
  }) => {
    // One journey instead of four keeps the sign-ins down; it has more to do than the default budget allows.
    test.setTimeout(90_000)
    // Chromium logs the 409 that Trakt answers a second check-in with.
    allowConsoleErrors(/Failed to load resource: the server responded with a status of 409/)
    // Playwright's clock: the timer's minutes pass at once, and the app and the demo's sandbox share it.
    await page.clock.install()
    const fetched: string[] = []
    page.on('request', (request) => {
      if (SIGNED_IN_CHUNKS.test(new URL(request.url()).pathname)) fetched.push(request.url())
    })

    // A visitor's movie page offers to sign in, and downloads none of the signed-in code.
    await openDemo(page, MATRIX)
    const main = page.getByRole('main')
    await expect(main.getByRole('button', { name: 'Sign in to track this' })).toBeVisible()
    expect(fetched).toEqual([])
    // Before signing in, so the sign-in's own page loads read the sandbox as it is now.
    await forgetMovies(page, ['the-matrix-1999'])
    await page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.getByRole('button', { name: 'Approve' }).click()
    await expect(page.getByRole('button', { name: /^Account: / })).toBeVisible({ timeout: 30_000 })

    // The watch timer: start, 30 minutes, pause.
    const actions = main.getByRole('region', { name: 'Your actions' })
    const started = page.waitForRequest((r) => r.url().endsWith('/scrobble/start'))
    await actions.getByRole('button', { name: 'Start watching' }).click()
    expect((await started).postDataJSON()).toMatchObject({
      movie: { title: 'The Matrix', year: 1999 },
      progress: 0,
    })
    const timer = actions.getByRole('region', { name: 'Watch timer' })
    await page.clock.fastForward('30:00')
    await expect(timer).toContainText('Watching30:0')
    const pause = page.waitForRequest((r) => r.url().endsWith('/scrobble/pause'))
    await timer.getByRole('button', { name: 'Pause' }).click()
    const paused = (await pause).postDataJSON() as { progress: number }
    // 30 minutes of The Matrix's 136, as a percentage with decimals.
    expect(paused.progress).toBeGreaterThanOrEqual(22.05)
    expect(paused.progress).toBeLessThan(22.2)

    // A reload two hours later: the timer is still paused where it was.
    await page.clock.fastForward('02:00:00')
    await page.reload()
    await expect(timer).toContainText('Paused30:0')
    await expect(timer).toContainText('/ 2:16:00')
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'watch-timer-paused')

    // Check in, with a message and one of the account's two connected networks.
    await actions.getByRole('button', { name: 'Check in…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Check in' })
    await dialog.getByRole('checkbox', { name: 'Mastodon' }).check()
    await expect(dialog.getByRole('checkbox', { name: 'Tumblr' })).not.toBeChecked()
    await dialog.getByRole('textbox', { name: /Message/ }).fill('Red pill')
    await shot(page, 'checkin-dialog')
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/checkin'))
    await dialog.getByRole('button', { name: 'Check in' }).click()
    expect((await sent).postDataJSON()).toEqual({
      movie: { ids: { trakt: expect.any(Number) } },
      message: 'Red pill',
      sharing: { mastodon: true, tumblr: false },
    })
    await expect(actions.getByText(/^You’re checked in · 2 h 16 min left \(until .+\)$/)).toBeVisible()
    const header = page.getByRole('banner')
    await expect(
      header.getByRole('link', { name: 'Watching now: The Matrix, 2 h 16 min left' }),
    ).toBeVisible()
    await page.clock.fastForward('10:00')
    await expect(header.getByRole('link', { name: 'Watching now: The Matrix, 2 h 6 min left' })).toBeVisible()
    await expectNoHorizontalOverflow(page)
    await shot(page, 'checked-in')

    // Continue watching has the paused position; from there, another title the demo has paused.
    const openContinueWatching = async () => {
      await page.getByRole('button', { name: /^Account: / }).click()
      await page.getByRole('link', { name: 'Continue watching' }).click()
      return main.getByRole('list', { name: 'Continue watching' }).getByRole('listitem')
    }
    const rows = await openContinueWatching()
    const matrix = rows.filter({ hasText: 'The Matrix' })
    await expect(matrix).toContainText(`${Math.round(paused.progress * 10) / 10}% watched`)
    await expectNoAxeViolations(page)
    await expectNoHorizontalOverflow(page)
    await shot(page, 'continue-watching')
    await rows.filter({ hasNotText: 'The Matrix' }).first().getByRole('link').last().click()

    // Checking in there while the first check-in runs: Trakt answers 409.
    await actions.getByRole('button', { name: 'Check in…' }).click()
    await dialog.getByRole('button', { name: 'Check in' }).click()
    const conflict = actions.getByRole('alert')
    await expect(conflict).toContainText(
      /^You’re already checked in to The Matrix until .+ \(2 h 6 min left\)\. Trakt takes one check-in at a time\./,
    )
    await shot(page, 'checkin-409')
    const cancelled = page.waitForRequest((r) => r.method() === 'DELETE' && r.url().endsWith('/checkin'))
    await conflict.getByRole('button', { name: 'Cancel it and check in here' }).click()
    await cancelled
    await expect(actions.getByText(/^You’re checked in · /)).toBeVisible()
    await expect(header.getByRole('link', { name: /^Watching now: (?!The Matrix)/ })).toBeVisible()

    // The profile says so too.
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Profile' }).click()
    await expect(main.getByRole('region', { name: 'Watching now' })).toContainText(
      /Checked in · .+ left \(until .+\)$/,
    )
    await shot(page, 'profile-watching')

    // Back to The Matrix from Continue watching: resume, past 80%, stop: the play is recorded.
    await (
      await openContinueWatching()
    )
      .filter({ hasText: 'The Matrix' })
      .getByRole('link', { name: /^Resume The Matrix from / })
      .click()
    await timer.getByRole('button', { name: 'Resume' }).click()
    await page.clock.fastForward('01:30:00')
    await expect(timer).toContainText('Stopping now records the play')
    await shot(page, 'watch-timer')
    const stop = page.waitForRequest((r) => r.url().endsWith('/scrobble/stop'))
    await timer.getByRole('button', { name: 'Stop' }).click()
    expect(((await stop).postDataJSON() as { progress: number }).progress).toBeGreaterThanOrEqual(80)
    await expect(actions.getByText('Recorded: you watched The Matrix.')).toBeVisible()
    await expect(actions.getByRole('list', { name: 'Your status' })).toContainText(/Watched once/)
    await expect(timer).toHaveCount(0)
  })
})
