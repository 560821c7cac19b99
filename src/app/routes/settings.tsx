import { Card, CardTitle } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { SignInPrompt } from '@/components/ui/sign-in-prompt'
import { useSession } from '@/lib/auth/session'
import { SpoilerShieldToggle } from '@/lib/spoiler-guard'
import { ThemeSwitch } from '../layout/theme-switch'

/** /settings: Marquee's preferences on this device (theme, spoiler shield) for the signed-in user. */
export function Component() {
  const session = useSession()
  return (
    <>
      <PageHeader title="Settings" description="Your Trakt account and Marquee preferences." />
      {session.status === 'signed-in' ? (
        <Card className="max-w-xl space-y-5">
          <CardTitle>On this device</CardTitle>
          <ThemeSwitch className="max-w-sm" />
          <SpoilerShieldToggle />
        </Card>
      ) : (
        <SignInPrompt what="your settings" />
      )}
    </>
  )
}
