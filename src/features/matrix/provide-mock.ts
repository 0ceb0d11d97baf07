// As for letters: the mini program's main package cannot afford the matrix mock (and the letters and
// questions mocks it reads for the board), so in a mock build it ships in this subpackage and each
// matrix page hands it to the mock API on load. Empty on H5 and in http builds.
// eslint-disable-next-line no-restricted-imports
import '../../services/mock/provide-matrix-mock'
