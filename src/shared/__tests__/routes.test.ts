import { mainPackagePages, routeUrl, subpackages, tabRouteNames } from '../../routes'

test('tab pages are the main package; every other page is in its feature’s subpackage', () => {
  expect(mainPackagePages()).toEqual([
    'pages/home/index',
    'pages/services/index',
    'pages/interact/index',
    'pages/me/index',
  ])
  expect(tabRouteNames).toEqual(['home', 'services', 'interact', 'me'])
  expect(subpackages()).toEqual([
    { root: 'features/news', pages: ['pages/column/index', 'pages/article/index'] },
    {
      root: 'features/letters',
      pages: ['pages/write/index', 'pages/case/index', 'pages/mine/index', 'pages/public/index', 'pages/privacy/index'],
    },
    { root: 'features/services', pages: ['pages/lookup/index'] },
    {
      root: 'features/questions',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/ask/index', 'pages/mine/index'],
    },
    { root: 'features/consultations', pages: ['pages/list/index', 'pages/detail/index', 'pages/mine/index'] },
    { root: 'features/matrix', pages: ['pages/accounts/index', 'pages/board/index'] },
    { root: 'features/search', pages: ['pages/search/index'] },
    { root: 'features/city', pages: ['pages/stories/index', 'pages/story/index'] },
    { root: 'features/me', pages: ['pages/privacy/index'] },
  ])
})

test('links are built from the table, with parameters encoded', () => {
  expect(routeUrl('newsArticle', { id: 'sh 001&x' })).toBe('/features/news/pages/article/index?id=sh%20001%26x')
})
