// As for letters: the mini program's main package cannot afford the search mock and its pinyin table,
// so in a mock build they ship in this subpackage and the search page hands them to the mock API on
// load. Empty on H5 and in http builds.
// eslint-disable-next-line no-restricted-imports
import '../../services/mock/provide-search-mock'
