import { useFeatureText, type FeatureText } from '../../../shared/i18n/use-feature-text'
import { matrixEn, matrixZh, type MatrixMessageKey } from '../matrix-messages'

export type MatrixText = FeatureText<MatrixMessageKey>

/** The shared translator (`t`) and the account matrix's own (`mt`), in the citizen's language. */
export function useMatrixText() {
  const { ft, ...rest } = useFeatureText(matrixZh, matrixEn)
  return { ...rest, mt: ft }
}
