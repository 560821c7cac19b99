import { useState } from 'react'
import { useNavigate } from 'react-router'
import { signOut } from '@/lib/auth/session'
import { secondaryButton } from './button-styles'

/** Signs out (revokes the token, clears tokens and cached data), then goes to the sign-in page. */
export function useSignOut(): { signOut: () => Promise<void>; isSigningOut: boolean } {
  const navigate = useNavigate()
  const [isSigningOut, setIsSigningOut] = useState(false)
  return {
    isSigningOut,
    signOut: async () => {
      setIsSigningOut(true)
      try {
        await signOut()
      } finally {
        setIsSigningOut(false)
      }
      await navigate('/signin')
    },
  }
}

export function SignOutButton({ className = secondaryButton, ...props }: React.ComponentProps<'button'>) {
  const { signOut: run, isSigningOut } = useSignOut()
  return (
    <button
      type="button"
      {...props}
      className={className}
      disabled={isSigningOut || props.disabled}
      onClick={() => void run()}
    >
      {isSigningOut ? 'Signing out…' : 'Sign out'}
    </button>
  )
}
