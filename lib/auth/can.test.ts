import { describe, expect, it } from 'vitest';
import { allActions, can, type Action, type Actor, type Resource } from './can';

const actors = {
  anonymous: null,
  disabled: { id: 'd', role: 'ADMIN', disabled: true },
  contributor: { id: 'c', role: 'CONTRIBUTOR' },
  editor: { id: 'e', role: 'EDITOR' },
  admin: { id: 'a', role: 'ADMIN' },
} satisfies Record<string, Actor | null>;

type ActorName = keyof typeof actors;

const Y = true;
const N = false;

// Every action × every actor, both directions spelled out.
const matrix: Record<Action, Record<ActorName, boolean>> = {
  'admin:enter':         { anonymous: N, disabled: N, contributor: Y, editor: Y, admin: Y },
  'article:list':        { anonymous: N, disabled: N, contributor: Y, editor: Y, admin: Y },
  'article:view':        { anonymous: N, disabled: N, contributor: Y, editor: Y, admin: Y },
  'article:create':      { anonymous: N, disabled: N, contributor: Y, editor: Y, admin: Y },
  'article:edit':        { anonymous: N, disabled: N, contributor: Y, editor: Y, admin: Y },
  'article:edit-others': { anonymous: N, disabled: N, contributor: N, editor: Y, admin: Y },
  'article:publish':     { anonymous: N, disabled: N, contributor: N, editor: Y, admin: Y },
  'article:delete':      { anonymous: N, disabled: N, contributor: N, editor: Y, admin: Y },
  'article:purge':       { anonymous: N, disabled: N, contributor: N, editor: N, admin: Y },
  'article:import':      { anonymous: N, disabled: N, contributor: N, editor: Y, admin: Y },
  'media:upload':        { anonymous: N, disabled: N, contributor: Y, editor: Y, admin: Y },
  'tag:create':          { anonymous: N, disabled: N, contributor: N, editor: Y, admin: Y },
  'tag:manage':          { anonymous: N, disabled: N, contributor: N, editor: N, admin: Y },
  'audit:view':          { anonymous: N, disabled: N, contributor: N, editor: N, admin: Y },
  'user:manage':         { anonymous: N, disabled: N, contributor: N, editor: N, admin: Y },
  'user:change-role':    { anonymous: N, disabled: N, contributor: N, editor: N, admin: Y },
};

const rows = Object.entries(matrix).flatMap(([action, expected]) =>
  Object.entries(expected).map(([actor, allowed]) => [actor as ActorName, action as Action, allowed] as const),
);

const article = (createdById: string | null, status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED'): Resource => ({ kind: 'article', createdById, status });
const user = (id: string): Resource => ({ kind: 'user', id, role: 'EDITOR' });

// Resource cases: ownership, status and self. Other articles are created by someone else ('x').
const resourceRows: Array<[ActorName, Action, Resource, boolean]> = [
  ['contributor', 'article:edit', article('c', 'DRAFT'), Y],
  ['contributor', 'article:view', article('c', 'DRAFT'), Y],
  ['contributor', 'article:edit', article('c', 'SCHEDULED'), N],
  ['contributor', 'article:edit', article('c', 'PUBLISHED'), N],
  ['contributor', 'article:edit', article('c', 'ARCHIVED'), N],
  ['contributor', 'article:view', article('c', 'PUBLISHED'), Y],
  ['contributor', 'article:edit', article('x', 'DRAFT'), N],
  ['contributor', 'article:view', article('x', 'DRAFT'), N],
  ['contributor', 'article:view', article(null, 'PUBLISHED'), N],
  ['contributor', 'article:publish', article('c', 'DRAFT'), N],
  ['contributor', 'article:delete', article('c', 'DRAFT'), N],
  ['editor', 'article:edit', article('x', 'PUBLISHED'), Y],
  ['editor', 'article:edit', article(null, 'SCHEDULED'), Y],
  ['editor', 'article:view', article('x', 'DRAFT'), Y],
  ['editor', 'article:publish', article('x', 'DRAFT'), Y],
  ['editor', 'article:delete', article('x', 'PUBLISHED'), Y],
  ['editor', 'article:purge', article('e', 'DRAFT'), N],
  ['admin', 'article:edit', article('x', 'ARCHIVED'), Y],
  ['admin', 'article:purge', article('x', 'PUBLISHED'), Y],
  ['disabled', 'article:edit', article('d', 'DRAFT'), N],
  ['anonymous', 'article:view', article(null, 'PUBLISHED'), N],
  ['admin', 'user:change-role', user('x'), Y],
  ['admin', 'user:change-role', user('a'), N],
  ['admin', 'user:manage', user('a'), Y],
  ['editor', 'user:change-role', user('e'), N],
  ['editor', 'user:change-role', user('x'), N],
  ['contributor', 'user:change-role', user('c'), N],
  // A resource of the wrong kind is refused, never ignored.
  ['admin', 'article:edit', user('x'), N],
  ['admin', 'user:change-role', article('x', 'DRAFT'), N],
  ['admin', 'tag:manage', article('x', 'DRAFT'), N],
];

describe('can', () => {
  it('has a row for every action and every actor', () => {
    expect(Object.keys(matrix).sort()).toEqual([...allActions].sort());
    expect(rows).toHaveLength(allActions.length * Object.keys(actors).length);
  });

  it.each(rows)('%s → %s: %s', (actor, action, allowed) => {
    expect(can(actors[actor], action)).toBe(allowed);
  });

  it.each(resourceRows)('%s → %s on %j: %s', (actor, action, resource, allowed) => {
    expect(can(actors[actor], action, resource)).toBe(allowed);
  });

  it('never allows with a resource what the role may not do at all', () => {
    for (const [actor, action, allowed] of rows) {
      if (allowed) continue;
      expect(can(actors[actor], action, article(actors[actor]?.id ?? null, 'DRAFT')), `${actor} ${action}`).toBe(false);
    }
  });
});
