// The one exception to "pages call ports only", as for news article bodies: the mini program's main
// package cannot afford the letters mock, so in a mock build it ships in this subpackage and every
// letters page hands it to the mock API on load. Empty on H5 and in http builds.
// eslint-disable-next-line no-restricted-imports
import '../../services/mock/provide-letters-mock'
