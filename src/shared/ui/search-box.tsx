import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from './action-button'
import './search-box.scss'

/**
 * A search field and its button: the words are searched when the citizen confirms (the keyboard's
 * search key or the button), not on every keystroke, so a slow connection is not asked at each letter.
 */
export function SearchBox({
  label,
  buttonLabel,
  initial = '',
  onSearch,
}: {
  /** The field's accessible name and placeholder. */
  label: string
  buttonLabel: string
  /** The words the field starts with (a page opened with a query). */
  initial?: string
  onSearch: (words: string) => void
}) {
  const [typed, setTyped] = useState(initial)
  const search = () => onSearch(typed.trim())
  return (
    <View className='search'>
      <Input
        className='search__input'
        value={typed}
        placeholder={label}
        confirmType='search'
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={search}
        aria-label={label}
      />
      <ActionButton primary onClick={search}>
        {buttonLabel}
      </ActionButton>
    </View>
  )
}
