import type { ReactNode } from 'react'
import { formatCount } from '@/lib/media/format'
import { TitleSection } from './section'

/** "Comments (258)": a link to the page's #comments section. */
export function CommentsLink({ count }: { count: number | null }) {
  return (
    <a href="#comments" className="text-sm font-medium text-accent hover:underline">
      Comments{count !== null ? ` (${formatCount(count)})` : ''}
    </a>
  )
}

/** The #comments section: the comments feature renders into `children`; until then a placeholder. */
export function CommentsSection({ count, children }: { count: number | null; children?: ReactNode }) {
  return (
    <TitleSection id="comments" title={`Comments${count !== null ? ` (${formatCount(count)})` : ''}`}>
      {children ?? (
        <p className="text-sm text-muted">{count ? 'Comments will appear here.' : 'No comments yet.'}</p>
      )}
    </TitleSection>
  )
}
