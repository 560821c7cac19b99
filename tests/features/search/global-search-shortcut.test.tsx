import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Outlet } from 'react-router'
import { GlobalSearchShortcut } from '@/features/search/components/global-search-shortcut'
import { renderRoutes } from '../../support/fixture-server'

function Shell() {
  return (
    <>
      <GlobalSearchShortcut />
      <label>
        Note <input />
      </label>
      <Outlet />
    </>
  )
}

const routes = [
  {
    element: <Shell />,
    children: [
      { path: '/', element: <h1>Home</h1> },
      { path: '/search', element: <input aria-label="Search Trakt" data-search-box="" /> },
    ],
  },
]

describe('GlobalSearchShortcut', () => {
  it('opens search from anywhere with /', async () => {
    const user = userEvent.setup()
    const { router } = renderRoutes(routes, '/')
    await user.keyboard('/')
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'))
    expect(router.state.location.state).toEqual({ focusSearch: true })
  })

  it('focuses the search box on the page, without typing the slash', async () => {
    const user = userEvent.setup()
    renderRoutes(routes, '/search')
    await user.keyboard('/')
    const box = screen.getByRole('textbox', { name: 'Search Trakt' })
    expect(box).toHaveFocus()
    expect(box).toHaveValue('')
  })

  it('leaves / alone while typing in a field', async () => {
    const user = userEvent.setup()
    const { router } = renderRoutes(routes, '/')
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'a/b')
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('a/b')
    expect(router.state.location.pathname).toBe('/')
  })
})
