import { Link } from 'react-router'
import { Poster } from '@/components/ui/poster'
import { Rating } from '@/components/ui/rating'
import { imageAt } from '@/lib/media/images'
import type { MediaRef } from '@/lib/media/map-media'

/** Where a movie or show lives on trakt.tv (and in Marquee). */
export function mediaHref(item: Pick<MediaRef, 'type' | 'ids'>): string | null {
  const id = item.ids.slug ?? item.ids.trakt
  if (id === null) return null
  return `/${item.type === 'movie' ? 'movies' : 'shows'}/${id}`
}

/** A horizontally scrolling row of poster cards (related titles). */
export function MediaRail({ items, label }: { items: MediaRef[]; label: string }) {
  return (
    <ul aria-label={label} className="-mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-2">
      {items.map((item) => {
        const href = mediaHref(item)
        const poster = imageAt(item.poster, 'thumb')
        const name = item.year ? `${item.title} (${item.year})` : item.title
        const card = (
          <>
            <Poster images={poster ? [poster] : null} title={item.title} decorative size="thumb" />
            <span className="mt-1 line-clamp-2 text-sm font-medium">{item.title}</span>
            {item.year ? <span className="text-xs text-muted">{item.year}</span> : null}
          </>
        )
        return (
          <li
            key={`${item.type}-${item.ids.trakt ?? item.title}`}
            className="w-28 shrink-0 snap-start sm:w-36"
          >
            {href ? (
              <Link to={href} aria-label={name} className="block hover:opacity-90">
                {card}
              </Link>
            ) : (
              <div>{card}</div>
            )}
            {item.rating ? <Rating value={item.rating} className="mt-0.5" /> : null}
          </li>
        )
      })}
    </ul>
  )
}
