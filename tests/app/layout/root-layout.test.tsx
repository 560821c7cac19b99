import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from '../../support/render-app'

const destinations = [
  ['Discover', '/discover'],
  ['Calendar', '/calendar'],
  ['Progress', '/progress'],
  ['Watchlist', '/watchlist'],
  ['Lists', '/lists'],
  ['Search', '/search'],
  ['Profile', '/profile'],
] as const

describe('app shell', () => {
  beforeEach(() => {
    localStorage.clear()
    document.title = ''
  })

  it('redirects / to Discover and renders the landmarks and skip link', async () => {
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Discover' })).toBeInTheDocument()
    expect(screen.getByRole('banner')).toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main')
    expect(screen.getByRole('contentinfo')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main')
  })

  it('shows all seven destinations in a top bar and a bottom tab bar, marking the current one', async () => {
    renderApp('/watchlist')
    await screen.findByRole('heading', { level: 1, name: 'Watchlist' })
    const navs = screen.getAllByRole('navigation', { name: 'Primary' })
    expect(navs).toHaveLength(2)
    const [top, bottom] = navs as [HTMLElement, HTMLElement]
    // jsdom has no layout: the breakpoint classes decide which one a person sees.
    expect(top).toHaveClass('hidden', 'sm:block')
    expect(bottom).toHaveClass('fixed', 'bottom-0', 'sm:hidden')
    for (const nav of navs) {
      const links = within(nav).getAllByRole('link')
      expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(
        destinations.map(([l, h]) => [l, h]),
      )
      expect(within(nav).getByRole('link', { name: 'Watchlist' })).toHaveAttribute('aria-current', 'page')
      expect(within(nav).getByRole('link', { name: 'Discover' })).not.toHaveAttribute('aria-current')
    }
    // Bottom tab bar items carry an icon (decorative) and a visible label.
    expect(within(bottom).getByRole('link', { name: 'Lists' }).querySelector('svg')).toHaveAttribute(
      'aria-hidden',
      'true',
    )
  })

  it('sets the page title from the route', async () => {
    renderApp('/calendar')
    await screen.findByRole('heading', { level: 1, name: 'Calendar' })
    await waitFor(() => expect(document.title).toBe('Calendar · Marquee'))
  })

  it('shows a sign-in prompt on pages about the user when signed out', async () => {
    renderApp('/progress')
    expect(await screen.findByRole('heading', { name: 'Sign in to see your progress' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign in with Trakt' })).toBeInTheDocument()
  })

  it('shows a 404 page for an unknown path', async () => {
    renderApp('/this/does/not/exist')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to Discover' })).toHaveAttribute('href', '/discover')
    await waitFor(() => expect(document.title).toBe('Page not found · Marquee'))
  })

  it('moves focus to the new page heading after navigation, but not on first load', async () => {
    const user = userEvent.setup()
    renderApp('/discover')
    const first = await screen.findByRole('heading', { level: 1, name: 'Discover' })
    expect(first).not.toHaveFocus()

    const [top] = screen.getAllByRole('navigation', { name: 'Primary' }) as [HTMLElement]
    await user.click(within(top).getByRole('link', { name: 'Calendar' }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Calendar' })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(screen.getByTestId('route-announcer')).toHaveTextContent('Calendar')
  })

  it('switches the theme, saves it and sets data-theme on <html>', async () => {
    const user = userEvent.setup()
    renderApp('/discover')
    await screen.findByRole('heading', { level: 1, name: 'Discover' })
    await user.click(screen.getByRole('button', { name: 'Theme' }))
    const group = await screen.findByRole('group', { name: 'Theme' })
    await user.click(within(group).getByRole('radio', { name: 'Dark' }))
    expect(localStorage.getItem('marquee.theme')).toBe('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(within(group).getByRole('radio', { name: 'Dark' })).toBeChecked()

    await user.click(within(group).getByRole('radio', { name: 'Light' }))
    expect(localStorage.getItem('marquee.theme')).toBe('light')
    expect(document.documentElement.dataset.theme).toBe('light')
  })

  it('closes a menu with Escape and returns focus to its button', async () => {
    const user = userEvent.setup()
    renderApp('/discover')
    await screen.findByRole('heading', { level: 1, name: 'Discover' })
    const button = screen.getByRole('button', { name: 'Theme' })
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Escape}')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button).toHaveFocus()
  })
})
