import { Navigate } from 'react-router'
import { SummarySection } from '@/components/ui/summary-section'
import { PageHeader } from '@/components/ui/page-header'
import { AiringSoon } from '@/features/calendar/components/airing-soon'
import { RecentlyWatched } from '@/features/history/components/recently-watched'
import { ContinueWatching } from '@/features/playback/components/continue-watching'
import { UpNextPreview } from '@/features/progress/components/up-next-preview'
import { useSession } from '@/lib/auth/session'
import { useCalendarSpoiler } from './use-calendar-spoiler'

/** Hello, by the name Trakt has for the user. */
function greeting(name: string | null | undefined): string {
  return name ? `Hi, ${name.split(' ')[0]}` : 'Your day'
}

/**
 * `/` signed in: the user's day at a glance, each section a glimpse of its own page. Signed out (or signing out
 * here), `/` is Discover.
 */
export function Component() {
  const session = useSession()
  const isSpoiler = useCalendarSpoiler()
  if (session.status !== 'signed-in') return <Navigate to="/discover" replace />
  return (
    <>
      <PageHeader
        title={greeting(session.user?.name ?? session.user?.username)}
        description="What is next for you, what airs soon, what you paused and what you watched last."
      />
      <div className="grid gap-10 lg:grid-cols-2">
        <SummarySection title="Up next" to="/progress" linkLabel="All of your progress">
          <UpNextPreview />
        </SummarySection>
        <SummarySection title="Airing soon" to="/calendar" linkLabel="Your calendar">
          <AiringSoon isSpoiler={isSpoiler} />
        </SummarySection>
        <SummarySection title="Continue watching" to="/playback" linkLabel="All paused plays">
          <ContinueWatching limit={4} />
        </SummarySection>
        <SummarySection title="Recently watched" to="/history" linkLabel="All of your history">
          <RecentlyWatched />
        </SummarySection>
      </div>
    </>
  )
}
