import { describe, expect, it } from 'vitest';
import { normaliseLinkHref } from './normalise-link-href';

describe('normaliseLinkHref', () => {
  it.each<[string, string | null]>([
    ['https://example.cn/a', 'https://example.cn/a'],
    ['HTTP://Example.CN', 'http://example.cn/'],
    ['\u3000 https://example.cn/路径 \n', 'https://example.cn/%E8%B7%AF%E5%BE%84'],
    ['https://example.cn/?q="<x>', 'https://example.cn/?q=%22%3Cx%3E'],
    ['mailto:desk@example.cn', 'mailto:desk@example.cn'],
    ['mailto:', null],
    ['https://', null],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['java\u0000script:alert(1)', null],
    ['\u0001javascript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['java\r\nscript:alert(1)', null],
    ['j\ta\nv\ra\tscript:alert(1)', null],
    ['\u3000\u00a0JAVASCRIPT:alert(1)', null],
    ['\ufeffjavascript:alert(1)', null],
    // Entities are markup, not URL syntax: left encoded, these are not a scheme at all.
    ['&#106;avascript:alert(1)', null],
    ['&#x6A;avascript:alert(1)', null],
    ['javascript&colon;alert(1)', null],
    ['java&Tab;script:alert(1)', null],
    ['%6Aavascript:alert(1)', null],
    ['vbscript:msgbox(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', null],
    ['blob:https://example.cn/1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', null],
    ['\\\\evil.example/x', null],
    ['https://example.cn/"><script>alert(1)</script>', 'https://example.cn/%22%3E%3Cscript%3Ealert(1)%3C/script%3E'],
    ['mailto:desk@example.cn?body=<script>', 'mailto:desk@example.cn?body=%3Cscript%3E'],
    ['file:///etc/passwd', null],
    ['//example.cn', null],
    ['/relative', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseLinkHref(raw)).toBe(expected);
  });
});
