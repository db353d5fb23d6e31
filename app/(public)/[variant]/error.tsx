'use client';

export { default } from '@/app/(public)/_reader/error-page';
