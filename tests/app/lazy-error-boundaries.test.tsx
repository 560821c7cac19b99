import { render, screen } from '@testing-library/react'
import { RootErrorBoundary, RouteErrorBoundary } from '@/app/lazy-error-boundaries'

// The error pages' own chunk cannot load: offline, or a newer version was deployed and the old chunk is gone.
vi.mock('@/app/route-error-boundary', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/route-error-boundary-abc.js')
})

describe('the error pages when their code cannot load', () => {
  it.each([
    ['a page', RouteErrorBoundary],
    ['the shell', RootErrorBoundary],
  ])('still explain a failure of %s and offer Reload', async (_, Boundary) => {
    render(<Boundary />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Something went wrongMarquee could not load this page. Check your connection, then reload.',
    )
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
  })
})
