import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/**
 * What an admin or preview page shows instead of itself: 403 (forbidden()) or 404 (notFound()).
 * The preview's layout has its own <main>, so there the notice is a plain block.
 */
export async function RefusalNotice({ kind, inMain = false }: { kind: 'forbidden' | 'notFound'; inMain?: boolean }) {
  const t = await getTranslations('common');
  const Panel = inMain ? 'div' : 'main';
  return (
    <Panel className="centered-panel">
      <h1>{t(`${kind}Title`)}</h1>
      <p>{t(`${kind}Body`)}</p>
      <Link href="/admin">{t('backToAdmin')}</Link>
    </Panel>
  );
}
