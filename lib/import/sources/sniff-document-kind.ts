// Tells feeds and JSON exports from single pages by their first bytes, whatever the file is named.
export type DocumentKind = 'xml-feed' | 'json' | 'single';

const sniffLength = 4096;
// What may come before an XML root element: the declaration, comments, a doctype, whitespace.
const xmlProlog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/iu;
const feedRoot = /^<(?:rss|feed|rdf:RDF)[\s>/]/u;

export function sniffDocumentKind(bytes: Uint8Array): DocumentKind {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Latin-1 keeps every byte one character, so ASCII markup reads the same in any ASCII-based encoding.
  const head = Buffer.from(bytes.subarray(start, start + sniffLength)).toString('latin1');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'json';
  if (!trimmed.startsWith('<')) return 'single';
  const afterProlog = head.slice(xmlProlog.exec(head)?.[0].length ?? 0);
  return feedRoot.test(afterProlog) ? 'xml-feed' : 'single';
}

// The encoding an XML declaration names (`<?xml version="1.0" encoding="gb2312"?>`), if any.
export function findXmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  return /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/u.exec(head)?.[1] ?? null;
}
