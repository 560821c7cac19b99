import { readFileSync } from 'node:fs'
import { screen, within } from '@testing-library/react'
import { http } from 'msw'
import { renderApp, sandboxServer } from '../support/render-app'
import { TEST_URLS } from '../support/sandbox-server'

// index.html paints a copy of the app's frame before any JS runs; React replaces it. A copy that drifted from
// AppShell would make the page jump when React takes over, so the two are compared here.
const staticShell = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html')

/** Each element in document order: its tag, its classes (sorted) and its own text. */
const outline = (root: Element, skipClasses: string[] = []) =>
  [root, ...root.querySelectorAll('*')].map((el) => [
    el.tagName.toLowerCase(),
    [...el.classList]
      .filter((c) => !skipClasses.includes(c))
      .sort()
      .join(' '),
    [...el.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent!.trim() : '')).join(''),
  ])

const linksOf = (nav: Element) =>
  [...nav.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')])

describe('the static shell in index.html', () => {
  it('has the header, main, footer and navigation of the rendered app, class for class', async () => {
    renderApp('/discover')
    await screen.findByRole('main')

    const header = document.querySelector('header')!
    const staticHeader = staticShell.querySelector('#root header')!
    expect(staticHeader.className).toBe(header.className)
    expect(staticHeader.firstElementChild!.className).toBe(header.firstElementChild!.className)
    const wordmark = within(header).getByRole('link', { name: 'Marquee' })
    const staticWordmark = staticHeader.querySelector('a')!
    expect(staticWordmark.getAttribute('href')).toBe(wordmark.getAttribute('href'))
    expect(staticWordmark.className).toBe(wordmark.className)

    const [topNav, bottomNav] = screen.getAllByRole('navigation', { name: 'Primary', hidden: true })
    const [staticTop, staticBottom] = staticShell.querySelectorAll('#root nav[aria-label="Primary"]')
    expect(staticTop!.className).toBe(topNav!.className)
    expect(staticBottom!.className).toBe(bottomNav!.className)
    expect(linksOf(staticTop!)).toEqual(linksOf(topNav!))
    expect(linksOf(staticBottom!)).toEqual(linksOf(bottomNav!))

    const main = screen.getByRole('main')
    expect(staticShell.querySelector('#root main')!.className).toBe(main.className)
    const frame = main.parentElement!
    expect(staticShell.querySelector('#root > div')!.className).toBe(frame.className)
    const footer = document.querySelector('footer')!
    expect(staticShell.querySelector('#root footer')!.className).toBe(footer.className)
    expect(staticShell.querySelector('#root footer')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      footer.textContent!.replace(/\s+/g, ' ').trim(),
    )
  })

  it('has the Discover page as it first renders (header and first two rails loading), element for element', async () => {
    // Trakt holds its answer, so the rails stay in their loading state, as on a first visit's first paint.
    sandboxServer.server.use(
      http.get(`${TEST_URLS.apiUrl}/movies/:chart`, () => new Promise<never>(() => {})),
    )
    renderApp('/discover')
    const heading = await screen.findByRole('heading', { level: 1, name: 'Discover' })
    await screen.findByRole('status', { name: 'Loading Popular movies' })
    const page = heading.closest('main > div')!

    const staticPage = staticShell.querySelector('[data-shell-for="discover"]')!
    const expected = outline(staticPage, ['hidden', 'in-data-[shell=discover]:block'])
    expect(expected.length).toBeGreaterThan(50)
    expect(outline(page).slice(0, expected.length)).toEqual(expected)
  })
})
