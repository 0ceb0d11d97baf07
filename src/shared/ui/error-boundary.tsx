import { ActionButton } from './action-button'
import { Text, View } from '@tarojs/components'
import { Component, type ReactNode } from 'react'
import { appPreferences } from '../preferences/app-preferences'
import { createTranslate } from '../i18n/translate'

interface State {
  failed: boolean
}

/** An exception in one page shows this instead of a white screen; the citizen can try the page again. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  componentDidCatch(error: unknown) {
    // The message only: never the props or state, which may hold personal data.
    console.error('Page crashed:', error instanceof Error ? error.message : String(error))
  }

  render() {
    if (!this.state.failed) return this.props.children
    const t = createTranslate(appPreferences.getState().language)
    return (
      <View className='state state--error' role='alert'>
        <Text className='state__title'>{t('state.crash.title')}</Text>
        <Text className='state__body'>{t('state.crash.body')}</Text>
        <ActionButton primary onClick={() => this.setState({ failed: false })}>
          {t('state.crash.reload')}
        </ActionButton>
      </View>
    )
  }
}
