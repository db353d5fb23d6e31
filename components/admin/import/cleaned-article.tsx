import { getTranslations } from 'next-intl/server';
import type { ImportItemResult } from '@/lib/import-batches/import-batch-types';
import { renderArticleHtml } from '@/lib/render/render-article-html';

// The article as readers would get it. Everything from the file is rendered as text, except the
// body, which goes through the same allow-list renderer as the public site.
export async function CleanedArticle({ result }: { result: ImportItemResult }) {
  const t = await getTranslations('import.item');
  const { article, report, suggestedTags } = result;
  const unknown = <span className="import-muted">{t('unknown')}</span>;
  const safeUrl = article.sourceUrl && /^https?:\/\//iu.test(article.sourceUrl) ? article.sourceUrl : null;
  return (
    <section className="import-pane" aria-labelledby="import-cleaned-heading">
      <h2 id="import-cleaned-heading">{t('cleanedHeading')} <small>{t('cleanedHint')}</small></h2>
      <article className="import-cleaned" lang={article.script === 'HANT' ? 'zh-Hant' : 'zh-Hans'}>
        <h3 className="import-cleaned-title">{article.title}</h3>
        {article.titleIsProposed ? <p className="notice notice-warning">{t('proposedTitle')}</p> : null}
        <dl className="import-metadata" aria-label={t('metadataLabel')}>
          <dt>{t('source')}</dt><dd>{article.sourceName ?? unknown}</dd>
          <dt>{t('byline')}</dt><dd>{article.byline ?? unknown}</dd>
          <dt>{t('dateline')}</dt><dd>{article.datelinePlace ?? unknown}</dd>
          <dt>{t('date')}</dt><dd>{article.originalPublishedAt ?? unknown}</dd>
          <dt>{t('originalUrl')}</dt>
          <dd>{safeUrl ? <a href={safeUrl} rel="noreferrer noopener nofollow" target="_blank">{safeUrl}</a> : (article.sourceUrl ?? unknown)}</dd>
          <dt>{t('encoding')}</dt><dd>{t('encodingValue', { encoding: report.encoding, reason: report.encodingReason })}</dd>
          <dt>{t('script')}</dt><dd>{t(`scripts.${article.script}`)}</dd>
          <dt>{t('kind')}</dt><dd>{t(`kinds.${report.kind}`)}</dd>
        </dl>
        <div className="article-body import-body" dangerouslySetInnerHTML={{ __html: renderArticleHtml(article.body) }} />
      </article>
      <h3>{t('suggestedTags')}</h3>
      <dl className="import-metadata">
        <dt>{t('keywords')}</dt>
        <dd>{suggestedTags.keywords.length > 0 ? suggestedTags.keywords.join('、') : t('noTags')}</dd>
        <dt>{t('matchedTags')}</dt>
        <dd>
          {suggestedTags.matched.length > 0
            ? suggestedTags.matched.map((match) => t('matchedTag', { tag: match.tag, term: match.term })).join('、')
            : t('noTags')}
        </dd>
      </dl>
    </section>
  );
}
