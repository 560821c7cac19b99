import { Backdrop } from '@/components/ui/backdrop'
import { imageAt } from '@/lib/media/images'
import { SpoilerGuard } from '@/lib/spoiler-guard'

/** An episode's 16:9 still in the hero's media slot, blurred while it could spoil. */
export function EpisodeStill({ still, title, code, isSpoiler }: EpisodeHeroProps & { still: string | null }) {
  const stillUrl = imageAt(still, 'medium')
  return (
    <div className="w-full shrink-0 sm:w-80">
      <SpoilerGuard hidden={isSpoiler && stillUrl !== null} label={`Still of ${code}`}>
        {/* Without a still the placeholder shows the title's initial: the code's, while the title is hidden. */}
        <Backdrop
          images={stillUrl ? [stillUrl] : null}
          title={isSpoiler ? code : title}
          decorative
          priority
          size="medium"
        />
      </SpoilerGuard>
    </div>
  )
}

/** Under the h1 (which then says only the code): the episode's title, blurred until revealed. */
export function HiddenEpisodeTitle({ title, code, isSpoiler }: EpisodeHeroProps) {
  if (!isSpoiler || title === code) return null
  return (
    <SpoilerGuard hidden label={`Title of ${code}`} className="w-fit min-w-48">
      <p className="text-xl font-semibold">{title}</p>
    </SpoilerGuard>
  )
}

type EpisodeHeroProps = { title: string; code: string; isSpoiler: boolean }
