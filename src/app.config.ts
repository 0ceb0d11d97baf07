import { mainPackagePages, routes, subpackages, tabRouteNames } from './routes'

// Settings only WeChat reads. The H5 build ships its app config inside its first script, so it leaves
// them out (TARO_ENV is set when Taro evaluates this file).
const weChatOnly =
  process.env.TARO_ENV === 'h5'
    ? {}
    : {
        // Fetch a portal's subpackage while the citizen is on the tab that leads to it.
        preloadRule: {
          [routes.home.path]: { network: 'all' as const, packages: ['features/news'] },
          [routes.interact.path]: { network: 'all' as const, packages: ['features/letters'] },
          [routes.me.path]: { network: 'all' as const, packages: ['features/letters'] },
        },
        // WeChat's privacy rules: declare every private API before use. Letters pick a place on the map.
        __usePrivacyCheck__: true,
        requiredPrivateInfos: ['chooseLocation' as const],
        lazyCodeLoading: 'requiredComponents',
      }

export default defineAppConfig({
  pages: mainPackagePages(),
  subPackages: subpackages(),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#B3261E',
    navigationBarTitleText: '政务发布',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#B3261E',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: tabRouteNames.map((name) => ({ pagePath: routes[name].path, text: routes[name].tab.text })),
  },
  ...weChatOnly,
})
