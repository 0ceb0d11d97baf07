// As for questions: the mini program's main package cannot afford the stories mock, so in a mock build
// it ships in this subpackage and each city page hands it to the mock API on load. Empty on H5 and in
// http builds.
// eslint-disable-next-line no-restricted-imports
import '../../services/mock/provide-stories-mock'
