import { useState } from 'react'
import { Link } from 'react-router'
import { Button } from '@/components/ui/button'
import { mediaHref } from '@/components/title/media-rail'
import type { MediaRef } from '@/lib/media/map-media'

const PREVIEW = 15

export type CreditRow = { media: MediaRef; detail: string }

/** A year-ordered list of titles with the role; the first rows, then a button for the rest. */
export function CreditList({ rows, label }: { rows: CreditRow[]; label: string }) {
  const [isExpanded, setIsExpanded] = useState(false)
  const shown = isExpanded ? rows : rows.slice(0, PREVIEW)
  return (
    <div className="space-y-2">
      <ul aria-label={label} className="divide-y divide-line rounded-card border border-line bg-surface">
        {shown.map((row, index) => {
          const href = mediaHref(row.media)
          return (
            <li
              key={`${row.media.ids.trakt ?? row.media.title}-${index}`}
              className="grid grid-cols-[3.5rem_1fr] gap-2 px-4 py-2 text-sm"
            >
              <span className="tabular-nums text-muted">{row.media.year ?? '—'}</span>
              <span className="min-w-0">
                {href ? (
                  <Link to={href} className="font-medium hover:underline">
                    {row.media.title}
                  </Link>
                ) : (
                  <span className="font-medium">{row.media.title}</span>
                )}
                {row.detail ? <span className="text-muted"> — {row.detail}</span> : null}
              </span>
            </li>
          )
        })}
      </ul>
      {rows.length > PREVIEW ? (
        <Button
          variant="secondary"
          size="sm"
          aria-expanded={isExpanded}
          onClick={() => setIsExpanded((value) => !value)}
        >
          {isExpanded ? 'Show fewer' : `Show all ${rows.length}`}
        </Button>
      ) : null}
    </div>
  )
}
