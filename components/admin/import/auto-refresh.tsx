'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useTransition } from 'react';

/**
 * Re-reads the page's server data while the batch job still has work; rendered only then, so it
 * stops by itself. The next refresh waits for the previous one, so a slow page never piles up.
 */
export function AutoRefresh({ intervalMs = 1500 }: { intervalMs?: number }) {
  const router = useRouter();
  const [isRefreshing, startTransition] = useTransition();
  useEffect(() => {
    if (isRefreshing) return;
    const timer = window.setTimeout(() => startTransition(() => router.refresh()), intervalMs);
    return () => window.clearTimeout(timer);
  }, [isRefreshing, intervalMs, router]);
  return null;
}
