import { PageHeader } from '@/components/ui/page-header'
import { SignInPrompt } from '@/components/ui/sign-in-prompt'
import { useSession } from '@/lib/auth/session'
import { ContinueWatching } from './continue-watching'

/** `/playback`: everything the signed-in user paused, to resume here or in another app. */
export function PlaybackPage() {
  const session = useSession()
  return (
    <>
      <PageHeader
        title="Continue watching"
        description="Movies and episodes you paused, here or in another app that reports to Trakt."
      />
      <div className="max-w-3xl">
        {session.status === 'signed-in' ? <ContinueWatching /> : <SignInPrompt what="what you paused" />}
      </div>
    </>
  )
}
