import { parseSettings } from '../config/settings'

describe('build settings', () => {
  test('default to Shanghai on the mock', () => {
    expect(parseSettings({})).toEqual({ city: 'shanghai', api: 'mock', apiBase: '' })
  })

  test('accept each city and the http mode with a base URL (trailing slash trimmed)', () => {
    expect(
      parseSettings({
        TARO_APP_CITY: 'yinchuan',
        TARO_APP_API: 'http',
        TARO_APP_API_BASE: 'https://api.example.gov.cn/v1/',
      }),
    ).toEqual({
      city: 'yinchuan',
      api: 'http',
      apiBase: 'https://api.example.gov.cn/v1',
    })
  })

  test('an unknown city stops the build naming the allowed values', () => {
    expect(() => parseSettings({ TARO_APP_CITY: 'beijing' })).toThrow(
      'TARO_APP_CITY="beijing" is not allowed. Use one of: shanghai, chengdu, yinchuan.',
    )
  })

  test('an unknown data mode stops the build naming the allowed values', () => {
    expect(() => parseSettings({ TARO_APP_API: 'graphql' })).toThrow('Use one of: mock, http.')
  })

  test('http without a base URL, or with a relative one, stops the build', () => {
    expect(() => parseSettings({ TARO_APP_API: 'http' })).toThrow('needs TARO_APP_API_BASE')
    expect(() => parseSettings({ TARO_APP_API: 'http', TARO_APP_API_BASE: '/api' })).toThrow('absolute http(s) URL')
  })
})
