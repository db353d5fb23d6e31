import type { ArticleFormFields } from '@/lib/articles/article-form-fields';
import { stableStringify } from './stable-stringify';

export function areFormFieldsEqual(a: ArticleFormFields, b: ArticleFormFields): boolean {
  return stableStringify(a) === stableStringify(b);
}
