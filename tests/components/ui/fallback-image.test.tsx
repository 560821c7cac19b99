import { fireEvent, render, screen } from '@testing-library/react'
import { FallbackImage } from '@/components/ui/fallback-image'
import { Backdrop } from '@/components/ui/backdrop'
import { Poster } from '@/components/ui/poster'

const POSTER = 'media.trakt.tv/images/movies/000/001/posters/medium/abc.jpg.webp'

describe('FallbackImage', () => {
  it('shows the fallback once the image fails to load, and gives a new source its own chance', () => {
    const { rerender } = render(
      <FallbackImage src="https://img.example/a.jpg" alt="A" fallback={<span>no image</span>} />,
    )
    fireEvent.error(screen.getByRole('img', { name: 'A' }))
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByText('no image')).toBeInTheDocument()

    rerender(<FallbackImage src="https://img.example/b.jpg" alt="B" fallback={<span>no image</span>} />)
    expect(screen.getByRole('img', { name: 'B' })).toHaveAttribute('src', 'https://img.example/b.jpg')
  })

  it('shows the fallback when there is no source at all', () => {
    render(<FallbackImage src={undefined} alt="" fallback={<span>no image</span>} />)
    expect(screen.getByText('no image')).toBeInTheDocument()
  })
})

describe('Poster and Backdrop when the image host fails', () => {
  it('a poster that fails shows the same placeholder as a missing one', () => {
    render(<Poster title="Dune" images={[POSTER]} />)
    fireEvent.error(screen.getByRole('img', { name: 'Dune' }))
    const placeholder = screen.getByRole('img', { name: 'Dune' })
    expect(placeholder.tagName).toBe('DIV')
    expect(placeholder).toHaveClass('aspect-poster')
    expect(placeholder).toHaveTextContent('D')
  })

  it('a decorative backdrop that fails leaves a hidden, same-size frame', () => {
    const { container } = render(<Backdrop title="" decorative images={[POSTER]} />)
    fireEvent.error(container.querySelector('img')!)
    expect(container.querySelector('img')).toBeNull()
    const frame = container.querySelector('[data-placeholder]')
    expect(frame).toHaveClass('aspect-backdrop')
    expect(frame).toHaveAttribute('aria-hidden', 'true')
    expect(frame).toHaveTextContent('')
  })
})
