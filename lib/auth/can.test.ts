import { describe, expect, it } from 'vitest';
import { can, type Action, type Actor } from './can';

const admin: Actor = { id: 'a', role: 'ADMIN' };
const editor: Actor = { id: 'e', role: 'EDITOR' };
const disabledAdmin: Actor = { id: 'd', role: 'ADMIN', disabled: true };

const matrix: Array<[Action, { anonymous: boolean; editor: boolean; admin: boolean; disabled: boolean }]> = [
  ['admin:enter', { anonymous: false, editor: true, admin: true, disabled: false }],
  ['article:list', { anonymous: false, editor: true, admin: true, disabled: false }],
  ['article:edit', { anonymous: false, editor: true, admin: true, disabled: false }],
  ['article:import', { anonymous: false, editor: true, admin: true, disabled: false }],
  ['article:publish', { anonymous: false, editor: true, admin: true, disabled: false }],
  ['article:delete', { anonymous: false, editor: true, admin: true, disabled: false }],
  ['article:purge', { anonymous: false, editor: false, admin: true, disabled: false }],
  ['tag:manage', { anonymous: false, editor: false, admin: true, disabled: false }],
  ['user:manage', { anonymous: false, editor: false, admin: true, disabled: false }],
];

describe('can', () => {
  it.each(matrix)('%s follows the role matrix', (action, expected) => {
    expect(can(null, action)).toBe(expected.anonymous);
    expect(can(editor, action)).toBe(expected.editor);
    expect(can(admin, action)).toBe(expected.admin);
    expect(can(disabledAdmin, action)).toBe(expected.disabled);
  });
});
