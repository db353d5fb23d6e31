import { describe, expect, it } from 'vitest';
import { checkPublishable, type PublishableCheck } from './check-publishable';
import { paragraphs } from './test-save-input';

const ready: PublishableCheck = { intent: 'publish', nextStatus: 'PUBLISHED', title: '标题', body: paragraphs('正文'), needsReview: false, confirmReview: false };

describe('checkPublishable', () => {
  it('passes a titled article with a body', () => {
    expect(checkPublishable(ready)).toEqual({});
  });

  it('requires a title and a body that has visible text', () => {
    expect(checkPublishable({ ...ready, title: '  ', body: paragraphs('\u3000 ') })).toEqual({ title: 'required', body: 'required' });
  });

  it('asks to confirm publishing or scheduling an article flagged for review', () => {
    expect(checkPublishable({ ...ready, needsReview: true })).toEqual({ needsReview: 'needsConfirmation' });
    expect(checkPublishable({ ...ready, intent: 'schedule', nextStatus: 'SCHEDULED', needsReview: true })).toEqual({ needsReview: 'needsConfirmation' });
    expect(checkPublishable({ ...ready, needsReview: true, confirmReview: true })).toEqual({});
  });

  it('keeps a published article whole on a plain save, without asking about review', () => {
    expect(checkPublishable({ ...ready, intent: 'save', title: '', needsReview: true })).toEqual({ title: 'required' });
  });

  it('lets drafts be anything', () => {
    expect(checkPublishable({ ...ready, intent: 'unpublish', nextStatus: 'DRAFT', title: '', body: paragraphs('') })).toEqual({});
  });
});
