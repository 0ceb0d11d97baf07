import { mainPackagePages, routes, subpackages, tabRouteNames } from './routes'

export default defineAppConfig({
  pages: mainPackagePages(),
  subPackages: subpackages(),
  // Fetch the news subpackage while the citizen reads Home, so opening a column or article is instant.
  preloadRule: {
    [routes.home.path]: { network: 'all', packages: ['features/news'] },
  },
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
  // WeChat's privacy rules: declare every private API before use (later portals add location and photos).
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
})
