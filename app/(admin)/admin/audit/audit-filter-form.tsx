import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

const categories = ['auth', 'article', 'tag', 'user', 'import', 'content'] as const;

type Props = {
  params: Record<string, string | string[] | undefined>;
  actions: { value: string; label: string }[];
};

const valueOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** A plain GET form: filters are in the URL, so a filtered view can be bookmarked and shared. */
export async function AuditFilterForm({ params, actions }: Props) {
  const t = await getTranslations('audit');
  return (
    <form method="get" action="/admin/audit" className="audit-filters" aria-label={t('filters')}>
      <label>
        {t('category')}
        <select name="category" defaultValue={valueOf(params.category)}>
          <option value="">{t('anyCategory')}</option>
          {categories.map((category) => <option key={category} value={category}>{t(`categories.${category}`)}</option>)}
        </select>
      </label>
      <label>
        {t('action')}
        <select name="action" defaultValue={valueOf(params.action)}>
          <option value="">{t('anyAction')}</option>
          {actions.map((action) => <option key={action.value} value={action.value}>{action.label}</option>)}
        </select>
      </label>
      <label>
        {t('actor')}
        <input type="email" name="actor" defaultValue={valueOf(params.actor)} maxLength={254} />
      </label>
      <label>
        {t('from')}
        <input type="date" name="from" defaultValue={valueOf(params.from)} />
      </label>
      <label>
        {t('to')}
        <input type="date" name="to" defaultValue={valueOf(params.to)} />
      </label>
      {valueOf(params.target) ? <input type="hidden" name="target" value={valueOf(params.target)} /> : null}
      <button type="submit">{t('apply')}</button>
      <Link href="/admin/audit">{t('clear')}</Link>
    </form>
  );
}
