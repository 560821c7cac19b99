import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import './support/jsdom-crypto-realm'

// Only the tiny URL module: a unit test file should not pay for the sandbox's data or the contract's schemas.
import { TEST_URLS } from './support/test-urls'

const API_ORIGIN = TEST_URLS.apiUrl

// Pages render through the whole app (lazy route modules, every section's request) on a shared, busy machine:
// give `findBy*` and `waitFor` room before they call a page broken.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 30_000 })

// A stray console.error is a bug: fail the test that caused it.
let consoleErrors: unknown[][] = []
// Every request the app sends to Trakt's API must be an operation of the official contract with declared parameters.
let sentToTrakt: { method: string; url: string }[] = []

beforeEach(() => {
  consoleErrors = []
  sentToTrakt = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
  const current = globalThis.fetch
  vi.spyOn(globalThis, 'fetch').mockImplementation((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
    if (url.startsWith(API_ORIGIN)) sentToTrakt.push({ method, url })
    return current(input, init)
  })
})

afterEach(async () => {
  cleanup()
  vi.restoreAllMocks()
  if (consoleErrors.length > 0) {
    const first = consoleErrors[0]!.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')
    throw new Error(`console.error was called ${consoleErrors.length} time(s): ${first}`)
  }
  if (sentToTrakt.length === 0) return
  // The contract (a large OpenAPI file) loads only in files whose tests talk to Trakt.
  const { requestProblems } = await import('./support/contract')
  const problems = [...new Set(sentToTrakt.flatMap(({ method, url }) => requestProblems(method, url)))]
  if (problems.length > 0) throw new Error(`Requests outside Trakt's contract:\n${problems.join('\n')}`)
})
