import { describe, expect, it } from 'vitest';
import { normaliseImageSrc } from './normalise-image-src';

describe('normaliseImageSrc', () => {
  it.each<[string, string | null]>([
    ['https://img.example.cn/2024/07/a.jpg', 'https://img.example.cn/2024/07/a.jpg'],
    ['HTTP://IMG.Example.CN/照片.png', 'https://img.example.cn/%E7%85%A7%E7%89%87.png'],
    ['http://img.example.cn/a.jpg', 'https://img.example.cn/a.jpg'],
    ['http://img.example.cn:80/a.jpg', 'https://img.example.cn/a.jpg'],
    ['http://img.example.cn:8080/a.jpg', 'https://img.example.cn:8080/a.jpg'],
    ['https://img.example.cn:443/a.jpg', 'https://img.example.cn/a.jpg'],
    [' https://img.example.cn/a.jpg\n', 'https://img.example.cn/a.jpg'],
    ['https://img.example.cn/a.jpg" onerror="alert(1)', 'https://img.example.cn/a.jpg%22%20onerror=%22alert(1)'],
    ['/uploads/2024/07/a.jpg', '/uploads/2024/07/a.jpg'],
    ['/uploads/a_b-c~1.v2.webp', '/uploads/a_b-c~1.v2.webp'],
    ['/uploads/../secrets.txt', null],
    ['/uploads/%2e%2e/secrets.txt', null],
    ['/uploads/a\\..\\b.jpg', null],
    ['/uploads/', null],
    ['/uploads/a/.hidden', null],
    ['/uploads//evil.example/a.jpg', null],
    ['//evil.example/a.jpg', null],
    ['/static/a.jpg', null],
    ['a.jpg', null],
    ['javascript:alert(1)', null],
    [' JaVa\tScRiPt:alert(1)', null],
    ['data:image/png;base64,iVBORw0KGgo=', null],
    ['data:image/svg+xml,<svg onload=alert(1)>', null],
    ['java\nscript:alert(1)', null],
    ['&#106;avascript:alert(1)', null],
    ['javascript&colon;alert(1)', null],
    ['blob:https://img.example.cn/1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', null],
    ['ftp://img.example.cn/a.jpg', null],
    ['\\evil.example\a.jpg', null],
    ['/uploads/a.jpg?x=<script>', null],
    ['/uploads/a.jpg#"onerror="alert(1)', null],
    ['mailto:desk@example.cn', null],
    ['file:///etc/passwd', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseImageSrc(raw)).toBe(expected);
  });
});
