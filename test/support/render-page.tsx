import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import type { Api } from '../../src/services/api'
import { ApiContext } from '../../src/shared/api-context'
import { appPreferences } from '../../src/shared/preferences/app-preferences'
import type { Preferences } from '../../src/shared/preferences/preferences-store'

/** Renders a page with the given ports and preferences (Chinese, Shanghai, standard mode unless said). */
export function renderPage(page: ReactElement, api: Api, preferences: Partial<Preferences> = {}) {
  appPreferences.setState({
    elderlyMode: false,
    elderlyModeChosen: false,
    language: 'zh',
    city: 'shanghai',
    ...preferences,
  })
  return render(<ApiContext.Provider value={api}>{page}</ApiContext.Provider>)
}
