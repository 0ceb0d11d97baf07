/** Where the device keeps the citizen's letters: app start only looks for it before loading more. */
export const MY_LETTERS_STORAGE_KEY = 'my-letters'
