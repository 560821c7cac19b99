// The bench's progress row: /progress for a user with 300 watched shows, against the bench's sandbox API with
// Trakt's rate limits switched on (1000 GETs per 5 minutes, one write a second) and the bench's added latency.
// Measures the API requests the page sends, the 429s it met, the time to the first card and to all cards, and the
// per-show requests of a revisit (in-app, away and back), which the per-show cache should make zero.
import { loadSourceModule } from './sandbox-api.mjs'

const SHOWS = 300
const TOKEN = 'bench-binge-token'

/**
 * Runs one measured visit. `api` is the bench's running sandbox API (startSandboxApi), `appOrigin` the built app.
 * Returns null when the measured checkout has no such user to seed (an older commit).
 */
export async function measureProgress({ browser, root, api, appOrigin, latencyMs }) {
  let seed
  try {
    seed = await loadSourceModule(root, '/src/sandbox/db/users/seed-binge-user.ts')
  } catch {
    return null
  }
  const { sandbox } = api
  const now = new Date()
  seed.seedBingeUser(sandbox.store.db, now, SHOWS)
  sandbox.store.db.oauth.accessTokens[TOKEN] = {
    username: seed.BINGE_USER,
    expires_at: now.getTime() + 86_400_000,
  }
  sandbox.faults.setLimits({ enabled: true, getBudget: 1000, windowMs: 5 * 60_000, writeIntervalMs: 1000 })

  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  try {
    const session = {
      tokens: {
        access_token: TOKEN,
        refresh_token: `${TOKEN}-refresh`,
        expires_at: now.getTime() + 86_400_000,
        scope: 'public',
        user: {
          username: seed.BINGE_USER,
          slug: seed.BINGE_USER,
          name: 'Binge Watcher',
          avatar: null,
          vip: false,
        },
      },
    }
    await context.addInitScript(
      (value) => localStorage.setItem('marquee.session', value),
      JSON.stringify(session),
    )
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: latencyMs,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    const apiOrigin = new URL(api.origin).origin
    const responses = []
    page.on('response', (response) => {
      const request = response.request()
      if (request.method() === 'OPTIONS' || !response.url().startsWith(apiOrigin)) return
      responses.push({ path: new URL(response.url()).pathname, status: response.status() })
    })

    const started = Date.now()
    await page.goto(`${appOrigin}/progress`)
    await page
      .getByRole('list', { name: 'Up next' })
      .getByRole('article')
      .first()
      .waitFor({ timeout: 60_000 })
    const firstCardMs = Date.now() - started
    await page.getByText(`${SHOWS} shows`, { exact: true }).waitFor({ timeout: 120_000 })
    const allCardsMs = Date.now() - started
    const firstVisit = [...responses]

    // A revisit inside the app: away to the calendar and back.
    const perShow = (list) => list.filter((r) => /^\/shows\/[^/]+\/progress\//.test(r.path)).length
    const before = perShow(responses)
    await page.getByRole('navigation').getByRole('link', { name: 'Calendar' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor()
    await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).first().click()
    await page.getByText(`${SHOWS} shows`, { exact: true }).waitFor()
    return {
      shows: SHOWS,
      requests: firstVisit.length,
      perShowRequests: perShow(firstVisit),
      tooManyRequests: firstVisit.filter((r) => r.status === 429).length,
      firstCardMs,
      allCardsMs,
      revisitPerShowRequests: perShow(responses) - before,
    }
  } finally {
    await context.close()
    sandbox.faults.setLimits({ enabled: false })
  }
}
