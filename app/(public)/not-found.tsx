// The 404 of the level above the reader site's root layouts, which nothing reaches: each route tree
// has its own not-found.tsx with the site's 404 page. Small for the reason given in
// app/forbidden.tsx (with no file here, Next would put its default 404 page in every reader page).
export default function NotFound() {
  return <p>404</p>;
}
