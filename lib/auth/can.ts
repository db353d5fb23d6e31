export type Role = 'ADMIN' | 'EDITOR' | 'CONTRIBUTOR';

export interface Actor {
  id: string;
  role: Role;
  disabled?: boolean;
}

export type Action =
  | 'admin:enter'
  | 'article:list'
  | 'article:edit'
  | 'article:publish'
  | 'article:delete'
  | 'article:purge'
  | 'article:import'
  | 'tag:manage'
  | 'user:manage';

const permissions: Record<Role, ReadonlySet<Action>> = {
  ADMIN: new Set<Action>(['admin:enter', 'article:list', 'article:edit', 'article:publish', 'article:delete', 'article:purge', 'article:import', 'tag:manage', 'user:manage']),
  // Editors move articles to the trash and back; only admins empty it (purge is permanent).
  EDITOR: new Set<Action>(['admin:enter', 'article:list', 'article:edit', 'article:publish', 'article:delete', 'article:import']),
  // Contributors write drafts; publishing intents are refused by the save action.
  CONTRIBUTOR: new Set<Action>(['admin:enter', 'article:list', 'article:edit']),
};

/** The single answer to "may this actor do this?"; anonymous and disabled actors may do nothing. */
export function can(actor: Actor | null, action: Action): boolean {
  if (!actor || actor.disabled) return false;
  return permissions[actor.role].has(action);
}
