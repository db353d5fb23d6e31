import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod } from '@/lib/actions/field-errors-from-zod';
import { addTagAliasInputSchema, tagInputSchema } from './tag-input-schema';

const errorsFor = (input: object) => {
  const parsed = tagInputSchema.safeParse({ name: '知识产权', slug: '', ...input });
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error);
};

describe('tagInputSchema', () => {
  it('trims the name and collapses its whitespace, and fills the optional fields', () => {
    expect(tagInputSchema.parse({ name: '  知识 \u3000 产权 ', slug: '', seoTitle: ' ' })).toEqual({
      name: '知识 产权', slug: '', description: '', parentId: null, featured: false, seoTitle: null, seoDescription: null,
    });
  });

  it('refuses an empty or whitespace-only name as required', () => {
    expect(errorsFor({ name: '' })).toEqual({ name: 'required' });
    expect(errorsFor({ name: ' \u3000\t' })).toEqual({ name: 'required' });
  });

  it('refuses a 500-character name as too long, and accepts 50', () => {
    expect(errorsFor({ name: '长'.repeat(500) })).toEqual({ name: 'tooLong' });
    expect(errorsFor({ name: '长'.repeat(50) })).toEqual({});
  });

  it('refuses slugs with anything but lowercase letters, digits and single hyphens', () => {
    for (const slug of ['Zhi-Shi', 'zhi shi', '知识', 'zhi--shi', '-zhi']) expect(errorsFor({ slug })).toEqual({ slug: 'forbiddenCharacters' });
    expect(errorsFor({ slug: 'zhi-shi-chan-quan-2' })).toEqual({});
    expect(errorsFor({ slug: 'a'.repeat(81) })).toEqual({ slug: 'tooLong' });
  });

  it('limits the description and SEO fields, and needs a uuid parent', () => {
    expect(errorsFor({ description: 'x'.repeat(1001), seoTitle: 'x'.repeat(71), seoDescription: 'x'.repeat(161), parentId: 'abc' })).toEqual({
      description: 'tooLong', seoTitle: 'tooLong', seoDescription: 'tooLong', parentId: 'invalid',
    });
  });

  it('keeps HTML in names and descriptions as the text typed', () => {
    const parsed = tagInputSchema.parse({ name: '<b>x</b>', slug: '', description: '<script>alert(1)</script>' });
    expect(parsed).toMatchObject({ name: '<b>x</b>', description: '<script>alert(1)</script>' });
  });

  it('refuses names containing the editor\'s tag separators or a line break', () => {
    for (const name of ['知识,产权', '知识，产权', '知识、产权', '知识;产权', '知识；产权', '知识\n产权', '知识\r\n产权', '知识产权\n']) {
      expect(errorsFor({ name })).toEqual({ name: 'forbiddenCharacters' });
    }
    // Other punctuation is fine.
    expect(errorsFor({ name: '中国·湖北 / 武汉' })).toEqual({});
  });

  it('validates alias names like tag names', () => {
    expect(addTagAliasInputSchema.safeParse({ tagId: crypto.randomUUID(), name: '  ' }).success).toBe(false);
    const parsed = addTagAliasInputSchema.safeParse({ tagId: crypto.randomUUID(), name: '知产、智财' });
    expect(parsed.success ? {} : fieldErrorsFromZod(parsed.error)).toEqual({ name: 'forbiddenCharacters' });
  });
});
