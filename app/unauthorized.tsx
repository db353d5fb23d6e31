// The 401 of the level above every root layout; nothing calls unauthorized(). Small for the reason
// given in ./forbidden.tsx.
export default function Unauthorized() {
  return <p>401</p>;
}
