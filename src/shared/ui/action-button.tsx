import { Button, type ButtonProps } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from './a11y'

interface ActionButtonProps {
  children: ReactNode
  onClick?: () => void
  primary?: boolean
  className?: string
  /** WeChat's native actions, e.g. `share`. */
  openType?: ButtonProps['openType']
}

/** A button that is a button on both targets: native on WeChat, with a role and a tab stop on H5. */
export function ActionButton({ children, onClick, primary, className, openType }: ActionButtonProps) {
  return (
    <Button
      className={`button ${primary ? 'button--primary' : ''} ${className ?? ''}`}
      onClick={onClick}
      openType={openType}
      {...a11y(undefined, 'button')}
    >
      {children}
    </Button>
  )
}
