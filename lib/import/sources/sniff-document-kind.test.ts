import { describe, expect, it } from 'vitest';
import { findXmlDeclaredEncoding, sniffDocumentKind } from './sniff-document-kind';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffDocumentKind', () => {
  it.each([
    ['<rss version="2.0"><channel/></rss>', 'xml-feed'],
    ['\uFEFF<?xml version="1.0"?>\n<!-- generated -->\n<rss>', 'xml-feed'],
    ['<?xml version="1.0"?><?xml-stylesheet href="feed.xsl"?><feed xmlns="http://www.w3.org/2005/Atom">', 'xml-feed'],
    ['<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]><rss>', 'xml-feed'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'xml-feed'],
    ['  {"version": "https://jsonfeed.org/version/1.1"}', 'json'],
    ['[{"title": "a"}]', 'json'],
    ['<!DOCTYPE html><html><head><title>feed</title>', 'single'],
    ['<html><body><rss>', 'single'],
    ['<feedback>', 'single'],
    ['新闻正文 <rss>', 'single'],
  ])('%j → %s', (text, kind) => {
    expect(sniffDocumentKind(bytes(text))).toBe(kind);
  });
});

describe('findXmlDeclaredEncoding', () => {
  it.each([
    ['<?xml version="1.0" encoding="gb2312"?><rss>', 'gb2312'],
    ["\uFEFF<?xml version='1.0' encoding='Big5'?>", 'Big5'],
    ['<?xml version="1.0"?><rss encoding="gbk">', null],
    ['<rss>', null],
  ])('%j → %j', (text, expected) => {
    expect(findXmlDeclaredEncoding(bytes(text))).toBe(expected);
  });
});
