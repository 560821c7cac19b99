import { render, screen } from '@testing-library/react'
import { Backdrop } from '@/components/ui/backdrop'
import { traktImageUrl } from '@/components/ui/artwork'
import { Poster } from '@/components/ui/poster'

describe('Poster', () => {
  it('shows a same-size placeholder with the title initial when there is no image', () => {
    render(<Poster title="dune" images={[]} />)
    const placeholder = screen.getByRole('img', { name: 'dune' })
    expect(placeholder.tagName).toBe('DIV')
    expect(placeholder).toHaveClass('aspect-poster')
    expect(placeholder).toHaveTextContent('D')
  })

  it('renders a sized, lazy, async-decoded https image of the requested size', () => {
    render(
      <Poster
        title="Dune"
        images={['media.trakt.tv/images/movies/000/001/poster/medium/abc.jpg.webp']}
        size="thumb"
      />,
    )
    const img = screen.getByRole('img', { name: 'Dune' })
    expect(img.tagName).toBe('IMG')
    expect(img).toHaveAttribute(
      'src',
      'https://media.trakt.tv/images/movies/000/001/poster/thumb/abc.jpg.webp',
    )
    expect(img).toHaveAttribute('width', '300')
    expect(img).toHaveAttribute('height', '450')
    expect(img).toHaveAttribute('loading', 'lazy')
    expect(img).toHaveAttribute('decoding', 'async')
    expect(img).toHaveClass('aspect-poster')
  })

  it('uses an empty alt when decorative', () => {
    const { container } = render(
      <Poster title="Dune" decorative images={['media.trakt.tv/x/medium/a.jpg']} />,
    )
    expect(container.querySelector('img')).toHaveAttribute('alt', '')
  })
})

describe('Backdrop', () => {
  it('is 16:9 and uses the full size by default', () => {
    render(<Backdrop title="Dune" images={['media.trakt.tv/images/movies/1/fanart/medium/b.jpg']} />)
    const img = screen.getByRole('img', { name: 'Dune' })
    expect(img).toHaveClass('aspect-backdrop')
    expect(img).toHaveAttribute('src', 'https://media.trakt.tv/images/movies/1/fanart/full/b.jpg')
  })
})

describe('traktImageUrl', () => {
  it('leaves full URLs alone and handles missing values', () => {
    expect(traktImageUrl('https://example.org/medium/a.jpg')).toBe('https://example.org/medium/a.jpg')
    expect(traktImageUrl(undefined)).toBeNull()
  })
})
