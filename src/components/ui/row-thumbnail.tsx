import type { PlayedItemImage } from '@/lib/media/played-item'
import { Artwork } from './artwork'

/**
 * The thumbnail at the start of a list row (history, continue watching): a poster and a still take the same box, so
 * the rows' text lines up whichever a row has. Decorative: the row's title names it.
 */
export function RowThumbnail({ thumbnail, title }: { thumbnail: PlayedItemImage; title: string }) {
  return (
    <div className="flex w-20 shrink-0 justify-center sm:w-24">
      {thumbnail.kind === 'poster' ? (
        // The frame takes the width of its box: the box sets the poster's size.
        <div className="w-12 sm:w-14">
          <Artwork
            images={thumbnail.urls}
            title={title}
            size="thumb"
            decorative
            ratio="aspect-poster"
            width={300}
            height={450}
          />
        </div>
      ) : (
        <Artwork
          images={thumbnail.urls}
          title={title}
          size="thumb"
          decorative
          ratio="aspect-video"
          width={400}
          height={225}
        />
      )}
    </div>
  )
}
