/**
 * Authorization in one pure function. `can(actor, action)` answers for the role ("may this role
 * ever do this?"); `can(actor, action, resource)` answers for one target as well. Anonymous and
 * disabled actors may do nothing.
 *
 * Roles:
 * - ADMIN: everything.
 * - EDITOR: every article action except purging the trash; imports; no tag administration,
 *   users or audit log.
 * - CONTRIBUTOR: creates drafts and edits its OWN articles while they are drafts (attaching
 *   existing tags, restoring their revisions, uploading images); sees only its own articles;
 *   never changes whether readers see an article (publish, schedule, unpublish, archive), never
 *   trashes or purges, imports, creates or manages tags, manages users or reads the audit log.
 */
export type Role = 'ADMIN' | 'EDITOR' | 'CONTRIBUTOR';

export interface Actor {
  id: string;
  role: Role;
  disabled?: boolean;
}

export const allActions = [
  'admin:enter',
  'article:list',
  'article:view',
  'article:create',
  'article:edit',
  // Open and edit articles someone else created; without it the article list shows one's own only.
  'article:edit-others',
  // Any change of status: publish, schedule, unpublish, archive.
  'article:publish',
  'article:delete',
  'article:purge',
  'article:import',
  'media:upload',
  // A new tag made by naming it on an article; attaching existing tags is part of article:edit.
  'tag:create',
  'tag:manage',
  'audit:view',
  'user:manage',
  'user:change-role',
] as const;

export type Action = (typeof allActions)[number];

export type ArticleStatusName = 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED';

export type Resource =
  | { kind: 'article'; createdById: string | null; status: ArticleStatusName }
  | { kind: 'user'; id: string; role: Role };

const contributorActions: readonly Action[] = ['admin:enter', 'article:list', 'article:view', 'article:create', 'article:edit', 'media:upload'];
const editorActions: readonly Action[] = [
  ...contributorActions,
  'article:edit-others',
  'article:publish',
  // Editors move articles to the trash and back; only admins empty it (purge is permanent).
  'article:delete',
  'article:import',
  'tag:create',
];

const permissions: Record<Role, ReadonlySet<Action>> = {
  ADMIN: new Set<Action>(allActions),
  EDITOR: new Set<Action>(editorActions),
  CONTRIBUTOR: new Set<Action>(contributorActions),
};

/** The kind of target an action's resource must be; a resource of another kind is refused. */
const resourceKinds: Partial<Record<Action, Resource['kind']>> = {
  'article:view': 'article',
  'article:edit': 'article',
  'article:publish': 'article',
  'article:delete': 'article',
  'article:purge': 'article',
  'user:manage': 'user',
  'user:change-role': 'user',
};

function allowsResource(actor: Actor, action: Action, resource: Resource): boolean {
  if (resourceKinds[action] !== resource.kind) return false;
  const has = (other: Action) => permissions[actor.role].has(other);
  if (resource.kind === 'user') {
    // Nobody changes their own role: an admin cannot lock the site out by demoting themselves.
    return action !== 'user:change-role' || resource.id !== actor.id;
  }
  if (resource.createdById !== actor.id && !has('article:edit-others')) return false;
  // A change to an article readers see, or will see when it is due, is a publishing decision.
  if (action === 'article:edit' && resource.status !== 'DRAFT' && !has('article:publish')) return false;
  return true;
}

/** The single answer to "may this actor do this (to this resource)?". */
export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  if (!actor || actor.disabled) return false;
  if (!permissions[actor.role].has(action)) return false;
  return resource === undefined || allowsResource(actor, action, resource);
}
