import { notFound } from 'next/navigation';

// Any path no other route matches gets the reader site's 404 page inside its layout.
export default function MissingPage(): never {
  notFound();
}
