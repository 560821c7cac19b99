import { render, screen, within } from '@testing-library/react'
import { ConfigErrorPage } from '@/app/config-error-page'
import { parseConfig } from '@/lib/config'

describe('ConfigErrorPage', () => {
  it('lists every problem with how to fix it', () => {
    const result = parseConfig({ VITE_TRAKT_CLIENT_ID: 'abc', VITE_TRAKT_CLIENT_SECRET: 'shh' })
    if (result.ok) throw new Error('expected problems')
    render(<ConfigErrorPage problems={result.problems} />)

    expect(
      screen.getByRole('heading', { level: 1, name: 'Marquee is not configured correctly' }),
    ).toBeInTheDocument()
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent('VITE_TRAKT_CLIENT_ID must be the 64-character')
    expect(items[0]).toHaveTextContent('Set it in .env.local')
    expect(items[0]).toHaveTextContent('VITE_TRAKT_CLIENT_ID=')
    expect(items[1]).toHaveTextContent('Delete the VITE_TRAKT_CLIENT_SECRET line')
    expect(screen.getByRole('heading', { name: 'Then rebuild' })).toBeInTheDocument()
  })
})
