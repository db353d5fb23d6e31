import type { FieldErrorCode } from '@/lib/actions/action-result';
import type { ArticleFormFields } from '@/lib/articles/article-form-fields';

/** What every group of form fields gets from the editor. */
export interface FieldGroupProps {
  fields: ArticleFormFields;
  errors: Record<string, FieldErrorCode>;
  setField: <K extends keyof ArticleFormFields>(key: K, value: ArticleFormFields[K]) => void;
}
