// Runs once when a Next.js server starts: background import jobs (pg-boss) work in the Node.js
// server process, never in the Edge runtime and never while `next build` prerenders pages.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startJobWorkers } = await import('./lib/jobs/start-job-workers');
  try {
    await startJobWorkers();
  } catch (error) {
    // The site still serves; uploads wait in the database until the workers run again.
    console.error('Background import jobs did not start:', error instanceof Error ? error.message : error);
  }
}
