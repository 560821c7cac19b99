import type { PlayedItemImage } from '@/lib/media/played-item'
import { Artwork } from './artwork'

/**
 * The thumbnail at the start of a list row (history, continue watching): a poster and a still take the same box, so
 * the rows' text lines up whichever a row has. Decorative: the row's title names it.
 */
export function RowThumbnail({ thumbnail, title }: { thumbnail: PlayedItemImage; title: string }) {
  const isPoster = thumbnail.kind === 'poster'
  return (
    <div className="flex w-20 shrink-0 justify-center sm:w-24">
      {/* The frame takes the width of its box: a poster's box is narrower than the row's. */}
      <div className={isPoster ? 'w-12 sm:w-14' : 'w-full'}>
        <Artwork
          images={thumbnail.urls}
          title={title}
          size="thumb"
          decorative
          ratio={isPoster ? 'aspect-poster' : 'aspect-video'}
          width={isPoster ? 300 : 400}
          height={isPoster ? 450 : 225}
        />
      </div>
    </div>
  )
}
