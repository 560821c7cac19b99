import { act, render, screen } from '@testing-library/react'
import { OfflineIndicator } from '@/app/layout/offline-indicator'

describe('OfflineIndicator', () => {
  it('appears while the browser is offline', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    render(<OfflineIndicator />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()

    onLine.mockReturnValue(false)
    act(() => void window.dispatchEvent(new Event('offline')))
    expect(screen.getByRole('status')).toHaveTextContent('You are offline')

    onLine.mockReturnValue(true)
    act(() => void window.dispatchEvent(new Event('online')))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })
})
