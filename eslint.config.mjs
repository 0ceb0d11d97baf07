import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/**
 * Besides the usual checks, this file holds the architecture's boundaries (STYLE.md): shared code and
 * services never import a feature or a page, features never import each other, and pages and features
 * call the ports, never an adapter (only services/app-api.ts picks one).
 */
const FEATURES = ['news', 'letters', 'services', 'questions', 'consultations', 'matrix', 'search', 'city', 'me']

const NO_ADAPTERS = {
  group: ['**/services/mock/**', '**/services/http/**'],
  message: 'Call the port (useApi), not an adapter: services/app-api.ts picks the adapter.',
}
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The composition root and the weapp registries pick modules with build-time constants.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The app bundle compiles src/ only; config/ is Node-side build code (types are fine).
    files: ['src/**'],
    ignores: ['src/**/__tests__/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/config/*'], allowTypeImports: true, message: 'Import only types from config/ in app code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**', 'src/services/**', 'src/cities/**'],
    rules: restrict({
      group: ['**/features/**', '**/pages/**'],
      message: 'Shared code and services never import a feature or a page.',
    }),
  },
  { files: ['src/pages/**'], rules: restrict(NO_ADAPTERS) },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    ignores: [`src/features/${feature}/**/__tests__/**`],
    rules: restrict(
      NO_ADAPTERS,
      ...FEATURES.filter((other) => other !== feature).map((other) => ({
        group: [`**/features/${other}/**`],
        message: 'Features do not import each other; compose them in a page instead.',
      })),
    ),
  })),
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs', 'test/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Browser suites and scripts pass callbacks that run inside the page.
  { files: ['test/e2e/**', 'scripts/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
)
