// `npm run bench`: builds the app and the floor page, serves both compressed next to the sandbox API, and
// measures a first visit of each page: the first route's JS (and all JS the load transferred), Lighthouse mobile
// performance and LCP, and the round trips before the first API request. Prints each figure next to its target; exits 1 if any target is missed.
// Options: --runs N (Lighthouse and round-trip runs per URL, median reported; default 3), --skip-build, and
// --app-root DIR (measure the app of another checkout, e.g. an older commit, against this floor), --json FILE.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { startSandboxApi } from './sandbox-api.mjs'
import { firstRouteScripts } from './first-route.mjs'
import { measureProgress } from './progress.mjs'
import { startStaticServer } from './static-server.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}
const RUNS = Number(option('--runs', process.env.BENCH_RUNS ?? '3'))
const SKIP_BUILD = args.includes('--skip-build')
const APP_ROOT = option('--app-root', root)
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const PORTS = { app: 4326, floor: 4327, api: 4328, chrome: 4330 }
const HOST = '127.0.0.1'
const LATENCY_MS = 300
const PATHS = ['/discover', '/movies/deadpool-2016']
// Inside node_modules/.cache so that neither git, ESLint nor Prettier look at the builds.
const OUT = {
  app: join(root, 'node_modules/.cache/marquee-bench/app'),
  floor: join(root, 'node_modules/.cache/marquee-bench/floor'),
}
const RESULTS = option('--json', join(root, 'bench/results.json'))
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
const TARGETS = { jsRatio: 1.25, score: 98, lcpMs: 1600, roundTrips: 3.5 }

const apiOrigin = `http://${HOST}:${PORTS.api}`
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const log = (line) => process.stderr.write(`bench: ${line}\n`)

function viteBuild(label, cwd, extraArgs) {
  const started = Date.now()
  const result = spawnSync(
    join(cwd, 'node_modules/.bin/vite'),
    ['build', '--logLevel', 'warn', '--emptyOutDir', ...extraArgs],
    {
      cwd,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, VITE_TRAKT_API_URL: apiOrigin, VITE_TRAKT_AUTH_URL: apiOrigin },
    },
  )
  if (result.status !== 0) throw new Error(`${label} build failed`)
  log(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function lighthouseRun(url, port, server, firstRoute) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  })
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
  const requests = lhr.audits['network-requests'].details.items
  const origin = new URL(url).origin
  const scripts = requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(origin))
  const loaded = new Set(scripts.map((r) => new URL(r.url).pathname))
  const missing = firstRoute.filter((file) => !loaded.has(file))
  if (missing.length > 0) throw new Error(`${url} did not load its first route's ${missing.join(', ')}`)
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    fcpMs: lhr.audits['first-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    lcpElement:
      lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    // The gzip bodies of the scripts this visit loaded (HTTP/1.1 headers left out: a real host's HTTP/2 compresses them).
    jsBytes: scripts.reduce((sum, r) => sum + server.gzipBytes(new URL(r.url).pathname), 0),
    jsFiles: scripts.map((r) => ({
      url: r.url.slice(origin.length),
      bytes: server.gzipBytes(new URL(r.url).pathname),
    })),
  }
}

/** Time from the document request to the first request to the API, in round trips of LATENCY_MS added latency. */
async function roundTripRun(browser, url) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: -1,
    uploadThroughput: -1,
  })
  let documentAt = null
  let firstApi = null
  cdp.on('Network.requestWillBeSent', (event) => {
    if (documentAt === null && event.type === 'Document') documentAt = event.timestamp
    if (firstApi === null && event.request.url.startsWith(apiOrigin)) firstApi = event
  })
  await page.goto(url, { waitUntil: 'load' })
  const deadline = Date.now() + 15_000
  while (firstApi === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  await context.close()
  if (documentAt === null || firstApi === null) throw new Error(`no API request seen for ${url}`)
  return {
    roundTrips: ((firstApi.timestamp - documentAt) * 1000) / LATENCY_MS,
    firstApiUrl: firstApi.request.url,
  }
}

async function main() {
  const started = Date.now()
  const loadAtStart = loadavg()[0]
  if (!SKIP_BUILD) {
    viteBuild('app', APP_ROOT, ['--outDir', OUT.app])
    viteBuild('floor', root, ['--config', 'bench/floor/vite.config.ts', '--outDir', OUT.floor])
  }
  const api = await startSandboxApi({ root: APP_ROOT, port: PORTS.api, host: HOST })
  const servers = {
    app: await startStaticServer({ dir: OUT.app, port: PORTS.app, host: HOST }),
    floor: await startStaticServer({ dir: OUT.floor, port: PORTS.floor, host: HOST }),
  }
  log(`serving app ${servers.app.origin}, floor ${servers.floor.origin}, sandbox API ${api.origin}`)

  const measured = {}
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    port: PORTS.chrome,
    chromeFlags: CHROME_FLAGS,
  })
  // An interrupted run still closes the Chromium it started.
  const stop = () => {
    void chrome.kill().finally(() => process.exit(130))
  }
  process.once('SIGINT', stop).once('SIGTERM', stop)
  try {
    for (const path of PATHS) {
      for (const target of ['app', 'floor']) {
        const runs = []
        const firstRoute = firstRouteScripts(OUT[target], path)
        for (let i = 0; i < RUNS; i += 1)
          runs.push(
            await lighthouseRun(servers[target].origin + path, chrome.port, servers[target], firstRoute),
          )
        const key = `${target} ${path}`
        const byScore = [...runs].sort((a, b) => a.score - b.score)
        measured[key] = {
          runs,
          score: median(runs.map((r) => r.score)),
          lcpMs: median(runs.map((r) => r.lcpMs)),
          fcpMs: median(runs.map((r) => r.fcpMs)),
          tbtMs: median(runs.map((r) => r.tbtMs)),
          jsBytes: median(runs.map((r) => r.jsBytes)),
          firstRoute,
          firstRouteBytes: firstRoute.reduce((sum, file) => sum + servers[target].gzipBytes(file), 0),
          jsFiles: byScore[Math.floor(byScore.length / 2)].jsFiles,
          lcpElement: byScore[Math.floor(byScore.length / 2)].lcpElement,
        }
        log(`lighthouse ${key}: ${runs.map((r) => r.score).join(', ')}`)
      }
    }
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop)
    await chrome.kill()
  }

  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_FLAGS.filter((f) => f !== '--headless=new'),
  })
  try {
    for (const path of PATHS) {
      for (const target of ['app', 'floor']) {
        const runs = []
        for (let i = 0; i < RUNS; i += 1)
          runs.push(await roundTripRun(browser, servers[target].origin + path))
        const key = `${target} ${path}`
        measured[key].roundTrips = median(runs.map((r) => r.roundTrips))
        measured[key].roundTripRuns = runs.map((r) => r.roundTrips)
        measured[key].firstApiUrl = runs[0].firstApiUrl
        log(`round trips ${key}: ${runs.map((r) => r.roundTrips.toFixed(2)).join(', ')}`)
      }
    }
    // The progress row: its own small script, against the same sandbox API and app build.
    const args = { browser, root: APP_ROOT, api, appOrigin: servers.app.origin, latencyMs: LATENCY_MS }
    measured.progress = await measureProgress(args)
    log(`progress: ${JSON.stringify(measured.progress)}`)
  } finally {
    await browser.close()
  }
  await Promise.all([api.close(), servers.app.close(), servers.floor.close()])

  const checks = []
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`
  for (const path of PATHS) {
    const app = measured[`app ${path}`]
    const floor = measured[`floor ${path}`]
    const ratio = app.firstRouteBytes / floor.firstRouteBytes
    checks.push(
      {
        path,
        figure: 'First-route JS (gzip), app / floor',
        app: kb(app.firstRouteBytes),
        floor: kb(floor.firstRouteBytes),
        value: ratio.toFixed(3),
        target: `≤ ${TARGETS.jsRatio}`,
        met: ratio <= TARGETS.jsRatio,
      },
      {
        path,
        figure: 'All JS the load transferred (gzip), app / floor',
        app: kb(app.jsBytes),
        floor: kb(floor.jsBytes),
        value: (app.jsBytes / floor.jsBytes).toFixed(3),
        target: '',
        met: null,
      },
      {
        path,
        figure: 'Lighthouse mobile performance',
        app: String(app.score),
        floor: String(floor.score),
        value: String(app.score),
        target: `≥ ${TARGETS.score}`,
        met: app.score >= TARGETS.score,
      },
      {
        path,
        figure: 'LCP (Lighthouse mobile)',
        app: s(app.lcpMs),
        floor: s(floor.lcpMs),
        value: s(app.lcpMs),
        target: `≤ ${s(TARGETS.lcpMs)}`,
        met: app.lcpMs <= TARGETS.lcpMs,
      },
      {
        path,
        figure: `Round trips before first API request (+${LATENCY_MS} ms)`,
        app: app.roundTrips.toFixed(2),
        floor: floor.roundTrips.toFixed(2),
        value: app.roundTrips.toFixed(2),
        target: `≤ ${TARGETS.roundTrips}`,
        met: app.roundTrips <= TARGETS.roundTrips,
      },
      {
        path,
        figure: 'FCP (Lighthouse mobile)',
        app: s(app.fcpMs),
        floor: s(floor.fcpMs),
        value: '',
        target: '',
        met: null,
      },
      {
        path,
        figure: 'Total blocking time',
        app: `${Math.round(app.tbtMs)} ms`,
        floor: `${Math.round(floor.tbtMs)} ms`,
        value: '',
        target: '',
        met: null,
      },
    )
  }

  const progress = measured.progress
  if (progress)
    checks.push({
      path: '/progress',
      figure: `${progress.shows} shows, Trakt's limits on (+${LATENCY_MS} ms): requests, 429s, first card, all cards`,
      app: `${progress.requests} req, ${progress.tooManyRequests} × 429, ${s(progress.firstCardMs)}, ${s(progress.allCardsMs)}`,
      floor: '',
      value: `revisit: ${progress.revisitPerShowRequests} per-show req`,
      target: 'no 429',
      met: progress.tooManyRequests === 0,
    })

  const header = ['page', 'figure', 'app', 'floor', 'value', 'target', 'result']
  const rows = checks.map((c) => [
    c.path,
    c.figure,
    c.app,
    c.floor,
    c.value,
    c.target,
    c.met === null ? '(info)' : c.met ? 'met' : 'NOT met',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  console.log(`\nMarquee bench: first visits, median of ${RUNS} run(s) per URL`)
  // Lighthouse's simulation scales the CPU time it observes: a busy machine lowers the scores.
  console.log(
    `Load average at start ${loadAtStart.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}, on ${cpus().length} cores\n`,
  )
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
  for (const path of PATHS)
    console.log(`\nLCP element on the app's ${path}: ${measured[`app ${path}`].lcpElement ?? '(none)'}`)
  const missed = checks.filter((c) => c.met === false)
  console.log(
    `\n${checks.filter((c) => c.met).length} targets met, ${missed.length} NOT met (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  )

  mkdirSync(dirname(RESULTS), { recursive: true })
  writeFileSync(
    RESULTS,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs: RUNS,
        latencyMs: LATENCY_MS,
        targets: TARGETS,
        checks,
        measured,
      },
      null,
      2,
    ),
  )
  console.log(`JSON: ${RESULTS}`)
  process.exitCode = missed.length > 0 ? 1 : 0
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 2
})
