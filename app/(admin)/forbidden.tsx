import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('common');
  return (
    <main className="centered-panel">
      <h1>{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <Link href="/admin">{t('backToAdmin')}</Link>
    </main>
  );
}
