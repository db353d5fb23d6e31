import type { PreparedDatabase } from './prepare-database';

export function printBanner(options: { url: string; prepared: PreparedDatabase; isEmbedded: boolean }): void {
  const { admin, seeded, migrations } = options.prepared;
  const lines = [
    '',
    `  Inkstone is running at ${options.url}`,
    `  Database: ${options.isEmbedded ? 'embedded PostgreSQL (.data/postgres)' : 'DATABASE_URL'}${migrations.length ? `, ${migrations.length} migration(s) applied` : ''}`,
  ];
  if (seeded?.length) lines.push(`  Sample articles published: ${seeded.map((s) => `/articles/${s.slug}`).join(', ')}`);
  if (admin.generatedPassword) {
    lines.push('', '  An admin account was created. Its password is shown this once:', `    email:    ${admin.email}`, `    password: ${admin.generatedPassword}`);
  } else if (admin.created) {
    lines.push('', `  An admin account was created for ${admin.email} with ADMIN_PASSWORD.`);
  } else {
    lines.push(`  Admin login: ${admin.email} (password as printed on the first start)`);
  }
  lines.push(`  Editors sign in at ${options.url}/login`, '');
  process.stdout.write(`${lines.join('\n')}\n`);
}
