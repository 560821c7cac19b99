import { configure, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from '../../../support/render-app'

// The whole app loads its route chunks lazily: on a busy machine the first render takes seconds.
configure({ asyncUtilTimeout: 10_000 })

describe('GlobalSearchShortcut', { timeout: 30_000 }, () => {
  it('opens search from anywhere with /, the field focused', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/discover/shows/boxoffice')
    expect(await screen.findByRole('heading', { name: 'There is no such chart' })).toBeInTheDocument()
    await user.keyboard('/')
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'))
    const box = await screen.findByRole('searchbox', { name: 'Search Trakt' })
    await waitFor(() => expect(box).toHaveFocus())
    expect(box).toHaveValue('')
  })

  it('focuses the search box on the page, without typing the slash', async () => {
    const user = userEvent.setup()
    renderApp('/search?q=tron')
    await screen.findByRole('list', { name: 'Search results' })
    const box = screen.getByRole('searchbox', { name: 'Search Trakt' })
    // A query in the URL: the field is not focused on arrival.
    expect(box).not.toHaveFocus()
    await user.keyboard('/')
    expect(box).toHaveFocus()
    expect(box).toHaveValue('tron')
  })

  it('leaves / alone while typing in a field', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/discover/movies/trending')
    await screen.findByRole('list', { name: 'Trending movies' })
    const field = await screen.findByLabelText('Title or description')
    await user.type(field, 'a/b')
    expect(field).toHaveValue('a/b')
    expect(router.state.location.pathname).toBe('/discover/movies/trending')
  })
})
