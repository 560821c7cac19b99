import type { ReactNode } from 'react'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SignInPrompt } from '@/components/ui/sign-in-prompt'
import { useSession } from '@/lib/auth/session'

type PlaceholderPageProps = {
  title: string
  description?: ReactNode
  /** Pages about the signed-in user show a sign-in prompt to visitors. */
  needsUser?: string
  /** What the page already has, above the "coming soon" card (a profile's "Watching now"). */
  before?: ReactNode
  children?: ReactNode
}

/** Stand-in for a feature page that is not built yet. */
export function PlaceholderPage({ title, description, needsUser, before, children }: PlaceholderPageProps) {
  const session = useSession()
  const isSignedOut = needsUser !== undefined && session.status !== 'signed-in'
  return (
    <>
      <PageHeader title={title} description={description} />
      {before}
      {isSignedOut ? (
        <SignInPrompt what={needsUser} />
      ) : (
        <Card>
          <p className="text-muted">This page is coming soon.</p>
          {children}
        </Card>
      )}
    </>
  )
}
