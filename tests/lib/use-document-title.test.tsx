import { render } from '@testing-library/react'
import { formatDocumentTitle, useDocumentTitle, useDocumentTitleOverride } from '@/lib/use-document-title'

function Shell({ children }: { children?: React.ReactNode }) {
  const override = useDocumentTitleOverride()
  return (
    <>
      <p>{formatDocumentTitle(override ?? 'Movie')}</p>
      {children}
    </>
  )
}

function Page({ title }: { title: string }) {
  useDocumentTitle(title)
  return null
}

describe('useDocumentTitle', () => {
  it('lets a page refine the route title while it is mounted', () => {
    const { container, rerender } = render(
      <Shell>
        <Page title="Dune: Part Two" />
      </Shell>,
    )
    expect(container).toHaveTextContent('Dune: Part Two · Marquee')
    rerender(<Shell />)
    expect(container).toHaveTextContent('Movie · Marquee')
    expect(formatDocumentTitle()).toBe('Marquee')
  })
})
