import { Link } from 'react-router'
import { FallbackImage } from '@/components/ui/fallback-image'
import { ListIcon } from '@/components/ui/icons'
import { cn } from '@/lib/cn'
import type { ListCardModel } from '../api/map-list-item'
import { formatCount } from '@/lib/media/format'

/** A Trakt list: a strip of its first posters, its name, owner and counts. */
export function ListCard({
  list,
  headingLevel = 'h3',
  className,
}: {
  list: ListCardModel
  /** The card title's heading level under the surrounding section. */
  headingLevel?: 'h2' | 'h3' | 'h4'
  className?: string
}) {
  const Heading = headingLevel
  return (
    <article
      className={cn(
        'relative flex h-full flex-col gap-2 rounded-card border border-line bg-surface p-3',
        className,
      )}
    >
      <div
        aria-hidden="true"
        className="grid aspect-backdrop grid-cols-4 gap-1 overflow-hidden rounded-md bg-raised"
      >
        {list.posterUrls.length > 0 ? (
          list.posterUrls.map((url) => (
            <FallbackImage
              key={url}
              src={url}
              // A poster that fails leaves its tile empty, like the strip's missing posters.
              fallback={<span className="h-full w-full bg-raised" />}
              alt=""
              loading="lazy"
              decoding="async"
              width={75}
              height={112}
              className="h-full w-full object-cover"
            />
          ))
        ) : (
          <div className="col-span-4 flex items-center justify-center text-muted">
            <ListIcon className="size-8" />
          </div>
        )}
      </div>
      <Heading className="line-clamp-2 text-sm font-semibold leading-snug">
        <Link
          to={list.href}
          className="after:absolute after:inset-0 after:rounded-card hover:underline focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-accent"
        >
          {list.name}
        </Link>
      </Heading>
      <p className="mt-auto text-xs text-muted">
        {list.username ? <>by {list.username}</> : 'Official list'}
        {list.itemCount !== null ? <> · {formatCount(list.itemCount)} items</> : null}
        {list.likeCount !== null ? <> · {formatCount(list.likeCount)} likes</> : null}
      </p>
    </article>
  )
}
